/**
 * Lints operations that are not in a file yet: what `revision --autogenerate`
 * is about to write, for the new file's review header. The same rules and
 * config severities as `athanor lint`; the operations run in the revision's
 * transaction, except enum values (written inside op.autocommit).
 */
import type { Dialect } from "../dialects/dialect.js";
import type { Operation } from "../operations/operation.js";
import { lintRulesFor } from "./rules-for-dialect.js";
import { NewObjects, withNewObjects } from "./new-objects.js";
import type { Severity, SeveritySetting } from "./types.js";
import { singleLine } from "../util/single-line.js";

export interface OperationFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
}

export async function lintOperations(
  ops: readonly Operation[],
  dialect: Dialect,
  settings: { severities?: Readonly<Record<string, SeveritySetting>>; lockTimeoutConfigured: boolean },
): Promise<OperationFinding[]> {
  const { rules, reader } = await lintRulesFor(dialect);
  const steps = ops.map((op) => ({ subject: { kind: "operation" as const, op }, line: 0, callLine: 0, inTransaction: op.kind !== "addEnumValue" }));
  const { items } = withNewObjects(steps, new NewObjects(), (step, seen) => ({
    ...step,
    direction: "upgrade" as const,
    newTables: seen.tables,
    newColumns: seen.columns,
    newTypes: seen.types,
    newIndexes: seen.indexes,
  }));
  const context = {
    capabilities: dialect.capabilities,
    sqlLexer: dialect.sqlLexer,
    transactional: true,
    lockTimeoutConfigured: settings.lockTimeoutConfigured,
    expressions: typeof reader === "object" && reader !== null ? reader.expressions : { volatileFunction: () => null },
  };
  const out: OperationFinding[] = [];
  for (const rule of rules) {
    const setting = settings.severities?.[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    for (const hit of rule.check(items, context)) out.push({ ruleId: rule.id, severity: setting, message: hit.message });
  }
  return out;
}

/** The upgrade body with the findings listed under its first line (the "auto-generated" marker). */
export function withLintHeader(upgrades: string, findings: readonly OperationFinding[]): string {
  if (findings.length === 0) return upgrades;
  const lines = upgrades.split("\n");
  const indent = /^\s*/.exec(lines[0] ?? "")?.[0] ?? "  ";
  const header = [
    `${indent}// LINT (athanor lint: docs/lint.md), check each before running:`,
    ...findings.map((f) => `${indent}//   - ${f.severity} ${f.ruleId}: ${singleLine(f.message)}`),
  ];
  return [lines[0] ?? "", ...header, ...lines.slice(1)].join("\n");
}

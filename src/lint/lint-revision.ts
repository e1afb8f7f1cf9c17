/**
 * Lints one revision file: records what its upgrade() and downgrade() do,
 * runs the rules on each, and drops what ignore comments or the config turn
 * off. Objects the upgrade created count as new in the downgrade too (undoing
 * the revision's own changes is not a breaking change).
 */
import { relative } from "node:path";
import type { RunContext } from "../config/run-context.js";
import type { Dialect } from "../dialects/dialect.js";
import type { RevisionModule } from "../script/script-directory.js";
import { NewObjects, withNewObjects } from "./new-objects.js";
import { type Recording, recordRevisionFunction } from "./record-revision.js";
import { invalidIgnore, revisionNotImportable, revisionNotLintable, sqlSyntax } from "./rules/engine-rules.js";
import { lexerExpressions } from "./lexer-expressions.js";
import { readSuppressions } from "./suppressions.js";
import type { Direction, LintContext, LintFinding, LintRule, Severity, SeveritySetting, SqlReader } from "./types.js";

export interface LintSetup {
  readonly dialect: Dialect;
  /** The dialect's SQL parser, or null (SQL is then split by the lexer). */
  readonly reader: SqlReader | null;
  /** The rules that apply to the dialect. */
  readonly rules: readonly LintRule[];
  /** `lint.rules` of the config: severities by rule id. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly lockTimeoutConfigured: boolean;
  /** Paths in findings are relative to this. */
  readonly projectDir: string;
  readonly context?: RunContext | undefined;
  /** The foreign keys in place before the revision, when the history was replayed (see LintContext.referencedBy). */
  readonly referencedBy?: LintContext["referencedBy"];
  /** The enums' values before the revision, when the history was replayed (see LintContext.enumValuesBefore). */
  readonly enumValuesBefore?: LintContext["enumValuesBefore"];
  /** The columns' types before the revision, when the history was replayed (see LintContext.columnTypeBefore). */
  readonly columnTypeBefore?: LintContext["columnTypeBefore"];
  /** The MySQL columns' character sets before the revision, when the history named them (see LintContext.columnCharsetBefore). */
  readonly columnCharsetBefore?: LintContext["columnCharsetBefore"];
}

export interface RevisionToLint {
  readonly revision: string;
  readonly path: string;
  readonly source: string;
  readonly transactional: boolean;
  /** The loaded file, or why it could not be loaded (reported as `revision-not-importable`). */
  readonly module: RevisionModule | { readonly importError: string; readonly line: number };
}

export async function lintRevision(rev: RevisionToLint, setup: LintSetup): Promise<LintFinding[]> {
  const suppressions = readSuppressions(rev.source);
  const file = relative(setup.projectDir, rev.path) || rev.path;
  const transactional = !("importError" in rev.module) && rev.module.transactional !== false && rev.transactional;
  const findings: LintFinding[] = [];
  const severityOf = (rule: LintRule): Severity | null => {
    const s = setup.severities[rule.id] ?? rule.severity;
    return s === "off" ? null : s;
  };
  const report = (rule: LintRule, direction: Direction, line: number, callLine: number, message: string) => {
    const severity = severityOf(rule);
    if (severity === null || suppressions.ignores(rule.id, callLine)) return;
    findings.push({ ruleId: rule.id, severity, file, path: rev.path, line, revision: rev.revision, direction, message, recipe: rule.recipe });
  };
  for (const bad of suppressions.invalid) report(invalidIgnore, "upgrade", bad.line, bad.line, `this ignore comment ${bad.problem}`);
  if ("importError" in rev.module) {
    report(revisionNotImportable, "upgrade", rev.module.line, rev.module.line, `the file does not load, so nothing in it was checked: ${rev.module.importError}`);
    return findings;
  }
  const module = rev.module;

  const context = {
    capabilities: setup.dialect.capabilities,
    sqlLexer: setup.dialect.sqlLexer,
    transactional,
    lockTimeoutConfigured: setup.lockTimeoutConfigured,
    expressions: setup.reader?.expressions ?? lexerExpressions(setup.dialect.sqlLexer),
    referencedBy: setup.referencedBy ?? null,
    enumValuesBefore: setup.enumValuesBefore ?? null,
    columnTypeBefore: setup.columnTypeBefore ?? null,
    columnCharsetBefore: setup.columnCharsetBefore ?? null,
  };
  let created = new NewObjects();
  for (const direction of ["upgrade", "downgrade"] as const) {
    const fn = module[direction];
    if (typeof fn !== "function") continue;
    const recording: Recording = await recordRevisionFunction(fn as (op: unknown) => unknown, {
      path: rev.path,
      source: rev.source,
      transactional,
      lexer: setup.dialect.sqlLexer,
      reader: setup.reader,
      context: setup.context,
      functionStart: Math.max(0, rev.source.search(new RegExp(`\\b(function\\s*${direction}\\b|${direction}\\s*[=:(])`))),
    });
    const { items, end } = withNewObjects(recording.steps, created, (step, seen) => ({
      ...step,
      direction,
      newTables: seen.tables,
      newColumns: seen.columns,
      newTypes: seen.types,
      newIndexes: seen.indexes,
    }));
    if (direction === "upgrade") created = end;
    for (const rule of setup.rules) {
      if (severityOf(rule) === null) continue;
      for (const hit of rule.check(items, context)) report(rule, direction, hit.item.line, hit.item.callLine, hit.message);
    }
    for (const e of recording.syntaxErrors) report(sqlSyntax, direction, e.line, e.line, `op.execute SQL does not parse: ${e.message}`);
    if (recording.failure)
      report(revisionNotLintable, direction, recording.failure.line, recording.failure.line, `${direction}() threw without a database, so what follows was not checked: ${recording.failure.message}`);
  }
  return findings.sort((a, b) => a.line - b.line);
}

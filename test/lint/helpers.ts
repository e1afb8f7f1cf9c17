/**
 * Lints revision files written into a temporary folder, through the same
 * code as `athanor lint` (the file imported as Athanor imports revisions,
 * run against the recording op). PostgreSQL's parser (libpg-query) must be
 * installed: the SQL rules depend on it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dialect, DialectCapabilities } from "../../src/dialects/dialect.js";
import { postgresDialect } from "../../src/dialects/postgres/index.js";
import { lintRevision } from "../../src/lint/lint-revision.js";
import { lintRulesFor } from "../../src/lint/rules-for-dialect.js";
import type { LintFinding, SeveritySetting } from "../../src/lint/types.js";
import type { RevisionModule } from "../../src/script/script-directory.js";
import { loadModule } from "../../src/util/load-module.js";

let counter = 0;
const dir = mkdtempSync(join(tmpdir(), "athanor-lint-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

export interface LintBodyOptions {
  readonly downgrade?: string;
  /** Top-level lines (`export const transactional = false;`). */
  readonly extra?: string;
  readonly dialect?: Dialect;
  readonly severities?: Record<string, SeveritySetting>;
  readonly lockTimeoutConfigured?: boolean;
  /** Lint as without libpg-query installed: SQL only split by the dialect's lexer. */
  readonly noParser?: boolean;
}

/** A revision file whose upgrade() body is `upgrade`. */
export function revisionSource(upgrade: string, options: LintBodyOptions = {}): string {
  return `import { sql, t } from "athanor";
export const revision = "r1";
export const downRevision = null;
${options.extra ?? ""}
export async function upgrade(op) {
${upgrade}
}

export async function downgrade(op) {
${options.downgrade ?? ""}
}
`;
}

/** A dialect like PostgreSQL but with other capabilities (for rules of dialects that are not in this build). */
export function withCapabilities(changes: Partial<DialectCapabilities>): Dialect {
  const { lint: _ownRules, ...rest } = postgresDialect;
  return { ...rest, capabilities: { ...postgresDialect.capabilities, ...changes } };
}

/** The findings for a revision whose upgrade() body is `upgrade`. */
export async function lintBody(upgrade: string, options: LintBodyOptions = {}): Promise<LintFinding[]> {
  return lintSource(revisionSource(upgrade, options), options);
}

export async function lintSource(source: string, options: LintBodyOptions = {}): Promise<LintFinding[]> {
  const path = join(dir, `r${++counter}.ts`);
  writeFileSync(path, source);
  const module = (await loadModule(path, source)) as RevisionModule;
  const dialect = options.dialect ?? postgresDialect;
  const { rules, reader } = await lintRulesFor(dialect);
  if (typeof reader === "string") throw new Error(`PostgreSQL's parser is needed by these tests: ${reader}`);
  return lintRevision(
    { revision: "r1", path, source, transactional: true, module },
    {
      dialect,
      reader: options.noParser ? null : reader,
      rules,
      severities: options.severities ?? {},
      lockTimeoutConfigured: options.lockTimeoutConfigured ?? true,
      projectDir: dir,
    },
  );
}

export function ruleIds(findings: readonly LintFinding[]): string[] {
  return findings.map((f) => f.ruleId);
}

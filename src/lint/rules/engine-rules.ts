/**
 * What the linter itself reports about a revision it could not fully read.
 * Listed with the rules (ids, severities, docs, SARIF), found by the engine.
 */
import type { LintRule } from "../types.js";

const none = () => [];

export const revisionNotLintable: LintRule = {
  id: "revision-not-lintable",
  severity: "warning",
  summary: "upgrade() or downgrade() threw when run without a database",
  lock: "The operations after the failure were not checked.",
  recipe:
    "Lint runs revisions against a recording `op` with no database: `op.query()` returns no rows and `op.offline` is true. Make the revision work that way (it then also works with `upgrade --sql`), or ignore the rule for the file.",
  check: none,
};

export const revisionNotImportable: LintRule = {
  id: "revision-not-importable",
  severity: "error",
  summary: "the revision file fails to load (a syntax error, a missing import, an error thrown at its top level)",
  lock: "Nothing in the file was checked, and `upgrade` stops on it the same way.",
  recipe: "Fix what the message names; the revisions after it are still linted.",
  check: none,
};

export const sqlSyntax: LintRule = {
  id: "sql-syntax",
  severity: "error",
  summary: "SQL passed to op.execute that the database's parser rejects",
  lock: "The statement fails when the revision runs.",
  recipe: "Fix the SQL (the message quotes the parser).",
  check: none,
};

export const invalidIgnore: LintRule = {
  id: "invalid-ignore",
  severity: "error",
  summary: "an athanor-lint-ignore comment without a rule id or a reason",
  lock: "It suppresses nothing.",
  recipe: "Write `// athanor-lint-ignore <rule-id>: <why this is safe here>` on the line before the operation.",
  check: none,
};

export const ENGINE_RULES: readonly LintRule[] = [revisionNotImportable, revisionNotLintable, sqlSyntax, invalidIgnore];

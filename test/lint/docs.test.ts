/** docs/lint.md documents every rule (a heading per id), and nothing that is not a rule. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { mysqlLint } from "../../src/dialects/mysql/lint/index.js";
import { postgresLint } from "../../src/dialects/postgres/lint/index.js";
import { sqliteLint } from "../../src/dialects/sqlite/lint/index.js";
import { ENGINE_RULES } from "../../src/lint/rules/engine-rules.js";
import { COMMON_RULES } from "../../src/lint/rules/index.js";
import { REPO_ROOT } from "../support/cli.js";

test("docs/lint.md has a section for each rule, with its default severity", () => {
  const page = readFileSync(`${REPO_ROOT}/docs/lint.md`, "utf8");
  const headings = [...page.matchAll(/^#### ([a-z-]+)\n\n\*(error|warning)\.\*/gm)].map((m) => [m[1], m[2]]);
  const rules = [...COMMON_RULES, ...postgresLint.rules, ...mysqlLint.rules, ...sqliteLint.rules, ...ENGINE_RULES];
  assert.deepEqual(
    headings.map(([id]) => id).sort(),
    rules.map((r) => r.id).sort(),
  );
  for (const r of rules) assert.deepEqual(headings.find(([id]) => id === r.id), [r.id, r.severity], r.id);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, "rule ids are unique");
});

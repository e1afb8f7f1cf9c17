/** Ignore comments with a reason, file-level ignores, config severities, and what the linter reports about itself. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { lintBody, lintSource, revisionSource, ruleIds, withCapabilities } from "./helpers.js";

describe("suppressing a finding where the team decided", () => {
  test("an ignore comment with a reason suppresses the rule on the next operation only", async () => {
    const findings = await lintBody(`  // athanor-lint-ignore ban-drop: nothing reads it since v2.3
  await op.dropColumn("users", "legacy");
  await op.dropColumn("users", "other");`);
    assert.deepEqual(ruleIds(findings), ["ban-drop"]);
    assert.match(findings[0]?.message ?? "", /users\.other/);
  });

  test("a trailing ignore comment applies to its own line; one comment can name several rules", async () => {
    const findings = await lintBody(`  await op.createIndex("ix", "users", ["email"]); // athanor-lint-ignore require-concurrent-index: 40 rows
  // athanor-lint-ignore set-not-null, ban-rename: flags table is tiny
  await op.alterColumn("flags", "name", { nullable: false, newName: "label" });`);
    assert.deepEqual(ruleIds(findings), []);
  });

  test("a file-level ignore covers the whole revision", async () => {
    const source = `// athanor-lint-ignore-file ban-drop: the table was emptied in release 12\n${revisionSource(`  await op.dropTable("a");\n  await op.dropTable("b");`)}`;
    assert.deepEqual(ruleIds(await lintSource(source)), []);
  });

  test("an ignore comment without a reason suppresses nothing and is reported", async () => {
    const findings = await lintBody(`  // athanor-lint-ignore ban-drop
  await op.dropColumn("users", "legacy");`);
    assert.deepEqual(ruleIds(findings).sort(), ["ban-drop", "invalid-ignore"]);
    assert.match(findings.find((f) => f.ruleId === "invalid-ignore")?.message ?? "", /no reason/);
  });

  test("the config turns a rule into a warning or off", async () => {
    const body = `  await op.dropColumn("users", "legacy");\n  await op.createIndex("ix", "users", ["email"]);`;
    const findings = await lintBody(body, { severities: { "ban-drop": "warning", "require-concurrent-index": "off" } });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [["ban-drop", "warning"]],
    );
  });

  test("lockTimeout in the config satisfies require-lock-timeout", async () => {
    const body = `  await op.addColumn("users", { name: "nick", type: t.text() });`;
    assert.ok(ruleIds(await lintBody(body, { lockTimeoutConfigured: false })).includes("require-lock-timeout"));
    assert.ok(!ruleIds(await lintBody(body, { lockTimeoutConfigured: true })).includes("require-lock-timeout"));
  });
});

describe("what the linter reports about a revision it can't fully read", () => {
  test("a revision that needs query results is reported as a warning, with what ran before checked", async () => {
    const findings = await lintBody(`  await op.dropColumn("users", "legacy");
  const [row] = await op.query("SELECT count(*) AS n FROM users");
  if (row.n > 0) await op.dropTable("users");`);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [
        ["ban-drop", "error"],
        ["revision-not-lintable", "warning"],
      ],
    );
  });

  test("SQL the parser rejects is an error at the op.execute line", async () => {
    const findings = await lintBody(`  await op.execute("ALTER TABLE users ADD COLUM x int");`);
    assert.deepEqual(ruleIds(findings), ["sql-syntax"]);
    assert.equal(findings[0]?.line, 6);
    assert.match(findings[0]?.message ?? "", /syntax error/);
  });

  test("the downgrade is linted too; undoing the upgrade's own objects is not flagged", async () => {
    const findings = await lintBody(`  await op.addColumn("users", { name: "nick", type: t.text() });`, {
      downgrade: `  await op.dropColumn("users", "nick");\n  await op.dropColumn("users", "email");`,
    });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.direction, f.line]),
      [["ban-drop", "downgrade", 11]],
    );
  });

  test("SQL statements point at their own line inside a multi-line op.execute", async () => {
    const findings = await lintBody(`  await op.execute(\`
    UPDATE users SET n = 0;
    CREATE INDEX ix_users_n ON users (n);
  \`);`);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [["require-concurrent-index", 8]],
    );
  });

  test("without the parser package, SQL is split by the lexer: DDL and settings still count, op.* rules all apply", async () => {
    const body = `  await op.execute("SET lock_timeout = '2s'; CREATE INDEX ix ON users (email); BEGIN");\n  await op.addColumn("users", { name: "token", type: t.uuid(), default: sql("gen_random_uuid()") });`;
    const findings = await lintBody(body, { noParser: true, lockTimeoutConfigured: false });
    assert.deepEqual(ruleIds(findings).sort(), ["transaction-control", "volatile-default"]);
    const two = await lintBody(`  await op.execute("ALTER TABLE users ADD x int; ALTER TABLE users ADD y int");`, {
      noParser: true,
      dialect: withCapabilities({ transactionalDdl: false }),
    });
    assert.deepEqual(ruleIds(two), ["one-ddl-per-revision"]);
  });
});

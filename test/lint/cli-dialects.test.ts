/**
 * `athanor lint` in projects whose URL names MySQL or SQLite: the rules of
 * that database apply (and PostgreSQL's don't), with no server and no driver
 * call, since lint never connects. And a revision file that does not load is
 * a finding, not the end of the run.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../support/cli.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

interface Finding {
  ruleId: string;
  message: string;
  severity: string;
  file: string;
  revision: string;
}

const USERS = revisionFile({
  rev: "a1",
  down: null,
  upgrade: `  await op.createTable("users", { columns: [{ name: "id", type: { kind: "bigint" }, primaryKey: true }, { name: "email", type: { kind: "text" } }, { name: "status", type: { kind: "enum", name: "status", values: ["a", "b"] } }] });`,
});

function project(url: string, ...files: [name: string, text: string][]): TempProject {
  const p = new TempProject("athanor-lint-dialect-");
  projects.push(p);
  p.write("athanor.config.ts", `export default { url: ${JSON.stringify(url)}, lockTimeout: "2s" };\n`);
  p.write("migrations/versions/a1_users.ts", USERS);
  for (const [name, text] of files) p.write(`migrations/versions/${name}`, text);
  return p;
}

function lintJson(p: TempProject): { code: number | null; findings: Finding[]; stderr: string } {
  const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
  const parsed = r.stdout ? (JSON.parse(r.stdout) as { findings: Finding[] }) : { findings: [] };
  return { code: r.code, findings: parsed.findings, stderr: r.stderr };
}

const ids = (findings: Finding[], revision: string) => findings.filter((f) => f.revision === revision).map((f) => f.ruleId).sort();

describe("athanor lint picks the rules of the project's database", () => {
  test("MySQL: two DDL statements in one revision, an enum reordered (the table is copied), NOT NULL without a default", () => {
    const p = project("mysql://root@127.0.0.1:1/never_connected", [
        "b2_two.ts",
        revisionFile({
          rev: "b2",
          down: "a1",
          upgrade: [
            `  await op.addColumn("users", { name: "age", type: { kind: "integer" }, nullable: false });`,
            `  await op.alterColumn("users", "status", { type: { kind: "enum", name: "status", values: ["b", "a"] }, existingType: { kind: "enum", name: "status", values: ["a", "b"] } });`,
          ].join("\n"),
        }),
    ]);
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    const found = ids(r.findings, "b2");
    for (const rule of ["one-ddl-per-revision", "not-null-without-default", "enum-change-copies-table"]) assert.ok(found.includes(rule), `${rule} in ${found.join(", ")}`);
    // PostgreSQL's: no CONCURRENTLY on MySQL, no jsonb advice
    assert.ok(!r.findings.some((f) => f.ruleId === "require-concurrent-index" || f.ruleId === "prefer-jsonb"), JSON.stringify(r.findings));
    assert.deepEqual(ids(r.findings, "a1"), [], "a revision that creates a table is clean");
  });

  test("SQLite: a rebuild of a table that others reference (from the history's foreign keys); unreferenced and new tables are exempt", () => {
    const p = project(
      "sqlite:./app.db",
      [
        "b2_notes.ts",
        revisionFile({
          rev: "b2",
          down: "a1",
          upgrade: [
            `  await op.createTable("notes", { columns: [{ name: "id", type: { kind: "integer" }, primaryKey: true }, { name: "body", type: { kind: "text" } }, { name: "user_id", type: { kind: "bigint" }, references: { table: "users" } }] });`,
            `  await op.alterColumn("notes", "body", { nullable: false, existingType: { kind: "text" } });`,
          ].join("\n"),
        }),
      ],
      [
        "c3_rebuilds.ts",
        revisionFile({
          rev: "c3",
          down: "b2",
          upgrade: [
            `  await op.alterColumn("users", "email", { nullable: false, existingType: { kind: "text" } });`,
            `  await op.alterColumn("notes", "body", { nullable: true, existingType: { kind: "text" } });`,
          ].join("\n"),
        }),
      ],
    );
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    const rebuilds = r.findings.filter((f) => f.ruleId === "table-rebuild");
    assert.deepEqual(
      rebuilds.map((f) => [f.revision, f.message.replace(/:.*/, "")]),
      [["c3", "altering column email rebuilds table users (referenced by notes)"]],
    );
    assert.ok(!r.findings.some((f) => f.ruleId === "one-ddl-per-revision" || f.ruleId === "require-concurrent-index"), JSON.stringify(r.findings));
    assert.ok(!p.ls(".").includes("app.db"), "lint never opens the database");

    // once the foreign key is dropped, the same rebuild is not reported
    p.write(
      "migrations/versions/c3_rebuilds.ts",
      revisionFile({ rev: "c3", down: "b2", upgrade: `  await op.dropColumn("notes", "user_id");\n  await op.alterColumn("users", "email", { nullable: false, existingType: { kind: "text" } });` }),
    );
    p.write("migrations/versions/d4_again.ts", revisionFile({ rev: "d4", down: "c3", upgrade: `  await op.alterColumn("users", "email", { nullable: true, existingType: { kind: "text" } });` }));
    const after = lintJson(p);
    assert.deepEqual(after.findings.filter((f) => f.ruleId === "table-rebuild").map((f) => f.revision), ["c3"], "c3 still sees the key it drops later in itself");
  });
});

describe("athanor lint and a revision file that does not load", () => {
  test("a syntax error is a revision-not-importable error; the other revisions are still linted", () => {
    const p = project(
      "postgresql://postgres@127.0.0.1:1/never_connected",
      ["b2_broken.ts", revisionFile({ rev: "b2", down: "a1", upgrade: `  await op.createIndex("ix", "users", ["email"]` })],
      ["c3_index.ts", revisionFile({ rev: "c3", down: "b2", upgrade: `  await op.createIndex("ix_users_email", "users", ["email"]);` })],
    );
    const text = p.run(["lint"], { env: URL_FREE_ENV });
    assert.equal(text.code, 1, text.stderr);
    // the loader's line: the call that is never closed ends at the function's closing brace, line 15
    assert.match(text.stdout, /^migrations\/versions\/b2_broken\.ts:15: error revision-not-importable: the file does not load, so nothing in it was checked: could not import revision b2: ParseError: Unexpected token/m);
    assert.doesNotMatch(text.stdout, /b2_broken\.ts: could not import/, "the path is not repeated in the message");
    assert.match(text.stdout, /^migrations\/versions\/c3_index\.ts:\d+: error require-concurrent-index/m);
    assert.match(text.stdout, /3 revisions checked: 2 errors/);
    assert.equal(text.stderr, "");
  });

  test("an import that does not resolve is reported the same way", () => {
    const p = project("postgresql://postgres@127.0.0.1:1/never_connected", [
      "b2_missing.ts",
      revisionFile({ rev: "b2", down: "a1", extra: `import { helper } from "./no-such-helper.js";`, upgrade: `  await helper(op);` }),
    ]);
    const r = lintJson(p);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(ids(r.findings, "b2"), ["revision-not-importable"]);
  });
});

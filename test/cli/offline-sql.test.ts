/**
 * `--sql` scripts: `--json` gives the script and its steps as JSON; an
 * op.query() names the revision and its file; no empty BEGIN/COMMIT pair
 * around a revision that starts with op.autocommit; options that would be
 * ignored are refused.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { requirePostgres } from "../support/databases.js";
import { MigrationProject, projectsOnNewDatabases } from "../support/project.js";
import { fails, ok } from "./helpers.js";

const skip = await requirePostgres();
const newProject = projectsOnNewDatabases();

/** The statements of a script, comments and blank lines left out. */
function statements(sql: string): string[] {
  return sql
    .split(/;\n/)
    .map((s) =>
      s
        .split("\n")
        .filter((l) => l.trim() !== "" && !l.startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((s) => s !== "");
}

describe("offline scripts", skip, () => {
  test("--sql --json prints the script and its steps as JSON", async () => {
    const { p } = await newProject();
    p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE t (id int)");`, down: `  await op.execute("DROP TABLE t");` });
    p.rev("b0000002", "a0000001", { message: "second one" });
    const plain = ok(p.athanor("upgrade", "--sql", "head"));
    const r = ok(p.athanor("upgrade", "--sql", "head", "--json"));
    const json = JSON.parse(r) as { command: string; sql: string; steps: Array<Record<string, unknown>> };
    assert.equal(json.command, "upgrade");
    assert.equal(json.sql, plain);
    assert.deepEqual(json.steps, [
      { revision: "a0000001", direction: "up", stamp: false, from: [], to: ["a0000001"], message: "rev a0000001" },
      { revision: "b0000002", direction: "up", stamp: false, from: ["a0000001"], to: ["b0000002"], message: "second one" },
    ]);
    const down = JSON.parse(ok(p.athanor("downgrade", "--sql", "b0000002:base", "--json"))) as typeof json;
    assert.deepEqual(
      down.steps.map((s) => [s.revision, s.direction]),
      [
        ["b0000002", "down"],
        ["a0000001", "down"],
      ],
    );
    const stamp = JSON.parse(ok(p.athanor("stamp", "--sql", "head", "--json"))) as typeof json;
    assert.deepEqual(stamp.steps, [{ revision: null, direction: "up", stamp: true, from: [], to: ["b0000002"], message: "" }]);
  });

  test("op.query under --sql names the revision and its file", async () => {
    const { p } = await newProject();
    p.rev("a0000001", null);
    p.rev("b0000002", "a0000001", { message: "backfill", up: `  const rows = await op.query("SELECT 1 AS x");\n  void rows;` });
    const message = fails(p.athanor("upgrade", "--sql", "head"), 1);
    assert.match(message, /^upgrade a0000001 -> b0000002 \(migrations\/versions\/b0000002_backfill\.ts\): op\.query\(\)/);
    assert.match(message, /op\.offline/);
  });

  test("no empty BEGIN/COMMIT pair before an autocommit block; the script runs in psql", async () => {
    const { db, p } = await newProject();
    p.rev("a0000001", null, { up: `  await op.createEnum("mood", ["sad"]);` });
    p.rev("b0000002", "a0000001", {
      up: `  await op.autocommit(async () => {\n    await op.addEnumValue("mood", "happy", { ifNotExists: true });\n  });\n  await op.execute("CREATE TABLE t (m mood DEFAULT 'happy')");`,
    });
    for (const mode of ["per-migration", "per-run"]) {
      const sql = ok(p.athanor("upgrade", "--sql", "head", "--transaction-mode", mode), mode);
      const stmts = statements(sql);
      for (let i = 0; i + 1 < stmts.length; i++) {
        assert.ok(!(stmts[i] === "BEGIN" && stmts[i + 1] === "COMMIT"), `${mode}: an empty BEGIN; COMMIT; pair:\n${sql}`);
      }
      assert.equal(stmts.filter((s) => s === "BEGIN").length, stmts.filter((s) => s === "COMMIT").length, sql);
    }
    const sql = ok(p.athanor("upgrade", "--sql", "head"));
    const psql = spawnSync("psql", ["-v", "ON_ERROR_STOP=1", "-q", "-X", db.url], { input: sql, encoding: "utf8" });
    assert.equal(psql.status, 0, psql.stderr);
    assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "b0000002" }]);
  });

  test("options that would be ignored are refused", async () => {
    const { p } = await newProject();
    p.rev("a0000001", null);
    assert.match(fails(p.athanor("upgrade", "--sql", "--wait", "head"), 2), /--wait .*--sql/);
  });
});

describe("--json is never silently ignored", () => {
  test("init --json describes what it created", () => {
    const p = new TempProject();
    try {
      const r = ok(p.run(["init", "db", "--json"]));
      assert.deepEqual(JSON.parse(r), { directory: "db", configFile: "athanor.config.ts", configCreated: true });
      const again = ok(p.run(["init", "more", "--json"]));
      assert.deepEqual(JSON.parse(again), { directory: "more", configFile: "athanor.config.ts", configCreated: false });
    } finally {
      p.cleanup();
    }
  });
});

describe("--sql with no database URL anywhere", () => {
  test("says on stderr which database the script is written for, and how to choose another; stdout is the script", () => {
    const p = new MigrationProject("");
    try {
      p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE t (id int)");` });
      const r = p.run(["upgrade", "head", "--sql"]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /no database URL \(--url, DATABASE_URL, url or defaultUrl in the config\): the script is written for postgresql; give a URL for another database/i);
      assert.match(r.stdout, /CREATE TABLE t \(id int\)/);
      assert.doesNotMatch(r.stdout, /no database URL/i);
      assert.equal(p.run(["upgrade", "head", "--sql", "-q"]).stderr, "");
    } finally {
      p.cleanup();
    }
  });
});

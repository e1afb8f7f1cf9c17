/**
 * `freshDatabase: "models"` — Alembic's "create_all() then stamp head" recipe
 * for fresh databases, built in — through the CLI on SQLite, MariaDB and
 * PGlite (test/api/fresh-database.test.ts covers the PostgreSQL server): an
 * empty database is built from the models and stamped at head; `check` finds
 * no difference, as on a database built by running the revision; the next
 * upgrade has nothing to do; and a database that already has a table is not
 * built from the models (the unversioned refusal applies).
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { revisionFile, TempProject } from "../support/cli.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { fails, ok } from "../cli/helpers.js";

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

const MODELS = `import { defineTable, t } from "athanor";
export const tenants = defineTable("tenants", {
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "name", type: t.varchar(100), nullable: false, unique: true },
  ],
});
export const actionLogs = defineTable("action_logs", {
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "tenant_id", type: t.integer(), nullable: false, references: { table: "tenants", column: "id", onDelete: "cascade" } },
  ],
  indexes: [{ name: "action_logs_tenant_id_idx", columns: ["tenant_id"] }],
});
`;

const REVISION = revisionFile({
  rev: "a1",
  down: null,
  message: "tenants and logs",
  upgrade: `  await op.createTable("tenants", { columns: [
    { name: "id", type: { kind: "integer" }, primaryKey: true },
    { name: "name", type: { kind: "varchar", length: 100 }, nullable: false, unique: true },
  ] });
  await op.createTable("action_logs", { columns: [
    { name: "id", type: { kind: "integer" }, primaryKey: true },
    { name: "tenant_id", type: { kind: "integer" }, nullable: false, references: { table: "tenants", column: "id", onDelete: "cascade" } },
  ] });
  await op.createIndex("action_logs_tenant_id_idx", "action_logs", ["tenant_id"]);`,
  downgrade: `  await op.dropTable("action_logs");\n  await op.dropTable("tenants");`,
});

function project(): TempProject {
  const p = new TempProject();
  cleanups.push(() => p.cleanup());
  p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", models: "./models.ts", freshDatabase: "models" }));
  p.write("models.ts", MODELS);
  p.write("migrations/versions/a1_tenants_and_logs.ts", REVISION);
  return p;
}

/** `fresh` and `viaRevisions` are empty databases; `occupied` has a table of its own. */
function fastPath(fresh: string, viaRevisions: string, occupied: string): void {
  const p = project();
  const r = p.run(["upgrade", "head", "--url", fresh]);
  ok(r, "upgrade head");
  assert.match(r.stderr, /^Empty database: creating the schema from the models \(\d+ operations\) and stamping a1$/m);
  assert.match(r.stderr, /^Done: 1 step committed; the database is at a1$/m);
  assert.equal(ok(p.run(["current", "-q", "--url", fresh])), "a1 (head)\n");
  assert.match(ok(p.run(["check", "--url", fresh])), /No changes detected/);
  assert.match(p.run(["upgrade", "head", "--url", fresh]).stderr, /^Nothing to do: the database is at a1$/m);
  // the revision, run for real, gives a schema the models match too
  const slow = p.run(["upgrade", "a1", "--url", viaRevisions]);
  ok(slow, "upgrade a1");
  assert.doesNotMatch(slow.stderr, /from the models/, "an explicit revision target runs the revisions");
  assert.match(ok(p.run(["check", "--url", viaRevisions])), /No changes detected/);
  // not empty: never built from the models
  const refused = fails(p.run(["upgrade", "head", "-q", "--url", occupied]));
  assert.match(refused, /^the database has tables \((\w+\.)?legacy\) but no version table athanor_version/);
}

describe("freshDatabase: models beyond the PostgreSQL server", { concurrency: true }, async () => {
  test("SQLite", () => {
    const dir = new TempProject();
    cleanups.push(() => dir.cleanup());
    const legacy = new Database(`${dir.dir}/legacy.db`);
    legacy.exec("CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
    legacy.close();
    fastPath(`sqlite:${dir.dir}/fresh.db`, `sqlite:${dir.dir}/slow.db`, `sqlite:${dir.dir}/legacy.db`);
  });

  test("PGlite", async () => {
    const dir = new TempProject();
    cleanups.push(() => dir.cleanup());
    const { PGlite } = await import("@electric-sql/pglite");
    const legacy = new PGlite(`${dir.dir}/legacy`);
    await legacy.exec("CREATE TABLE legacy (id int PRIMARY KEY)");
    await legacy.close();
    fastPath(`pglite:${dir.dir}/fresh`, `pglite:${dir.dir}/slow`, `pglite:${dir.dir}/legacy`);
  });

  test("MariaDB", await requireMysql(), async () => {
    const [fresh, slow, occupied] = await Promise.all([1, 2, 3].map(() => createMysqlTestDatabase("h_fresh")));
    for (const db of [fresh, slow, occupied]) cleanups.push(() => db?.drop());
    assert.ok(fresh && slow && occupied);
    await occupied.query("CREATE TABLE legacy (id INT PRIMARY KEY)");
    fastPath(fresh.url, slow.url, occupied.url);
  });
});

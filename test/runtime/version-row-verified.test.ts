/**
 * "upgrade head logs every step, exits 0, and nothing persists" (Alembic with
 * SQLAlchemy 2.0 and an env.py that never commits): Athanor reports a run done
 * only once the version table, read back, shows the new heads. Here a revision
 * installs a trigger that keeps the version row from moving — the stand-in
 * for "something else decided what got recorded". On every database the run
 * fails with one line naming the revision or the version table, prints no
 * "Done", and a second process sees the database where it really is.
 *
 * PostgreSQL, PGlite and SQLite refuse inside the revision's transaction (the
 * version row's UPDATE matched no row), so the revision rolls back; MySQL's
 * UPDATE counts the row it found, so the revision commits and the read-back
 * after COMMIT (VERSION.VERIFY_FAILED) is what stops it.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { fails, ok } from "../cli/helpers.js";

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The trigger, per database: the version row's UPDATE changes nothing. */
const PG_FREEZE = [
  "CREATE FUNCTION keep_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
  "CREATE TRIGGER keep_version BEFORE UPDATE ON athanor_version FOR EACH ROW EXECUTE FUNCTION keep_version()",
];
const SQLITE_FREEZE = ["CREATE TRIGGER keep_version BEFORE UPDATE ON athanor_version BEGIN SELECT RAISE(IGNORE); END"];
const MYSQL_FREEZE = ["CREATE TRIGGER keep_version BEFORE UPDATE ON athanor_version FOR EACH ROW SET NEW.version_num = OLD.version_num"];

function project(url: string, freeze: readonly string[]): TempProject {
  const p = new TempProject();
  cleanups.push(() => p.cleanup());
  p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", url }));
  p.write(
    "migrations/versions/a1_tenants.ts",
    revisionFile({
      rev: "a1",
      down: null,
      message: "tenants",
      upgrade: `  await op.createTable("tenants", { columns: [{ name: "id", type: { kind: "integer" }, primaryKey: true }] });`,
      downgrade: `  await op.dropTable("tenants");`,
    }),
  );
  p.write(
    "migrations/versions/b2_freeze.ts",
    revisionFile({
      rev: "b2",
      down: "a1",
      message: "freeze",
      upgrade: freeze.map((s) => `  await op.execute(${JSON.stringify(s)});`).join("\n"),
      downgrade: "",
    }),
  );
  return p;
}

function run(p: TempProject, expected: RegExp): void {
  ok(p.run(["upgrade", "a1", "-q"]), "upgrade a1");
  const message = fails(p.run(["upgrade", "head", "-q"]));
  assert.match(message, expected);
  const loud = p.run(["upgrade", "head"]);
  assert.equal(loud.code, 1, loud.stderr);
  assert.doesNotMatch(loud.stderr, /^Done/m, "never reported done");
  // a second process reads the database where it really is
  assert.equal(ok(p.run(["current", "-q"]), "current"), "a1\n");
}

const ROLLED_BACK = /^upgrade a1 -> b2 \(migrations\/versions\/b2_freeze\.ts\) failed: expected to match one row when updating 'a1' to 'b2' in athanor_version; 0 found/;

describe("a version row that doesn't move is never reported as applied", { concurrency: true }, async () => {
  test("PostgreSQL: the revision rolls back, naming it", await requirePostgres(), async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    run(project(db.url, PG_FREEZE), ROLLED_BACK);
    assert.deepEqual(await db.query("SELECT to_regprocedure('keep_version()') AS f"), [{ f: null }], "the revision rolled back");
  });

  test("PGlite: the revision rolls back, naming it", async () => {
    run(project("pglite:./pgdata", PG_FREEZE), ROLLED_BACK);
  });

  test("SQLite: the revision rolls back, naming it", async () => {
    run(project("sqlite:./app.db", SQLITE_FREEZE), ROLLED_BACK);
  });

  test("MariaDB: the read-back after COMMIT stops the run (VERSION.VERIFY_FAILED)", await requireMysql(), async () => {
    const db = await createMysqlTestDatabase("h_verify");
    cleanups.push(() => db.drop());
    run(
      project(db.url, MYSQL_FREEZE),
      /^after COMMIT the version table athanor_version shows a1, expected b2: the changes were NOT all recorded; check what else writes to this database$/,
    );
    assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "a1" }]);
  });
});

/**
 * `--sql` scripts that start past base, on a database whose version table
 * Alembic made (docs/deploy.md, "Moving from another tool": `versionTable:
 * "alembic_version"` and a baseline with Alembic's head id). Alembic's table
 * has no `<versionTable>_log` beside it, and the script writes log rows: it
 * creates the log table if missing, so the real client (psql, mariadb, sqlite3)
 * runs it to the end and leaves the version row it names. Before, the script
 * stopped at the first log row: on MySQL after the revision's DDL had
 * committed, with the version row still at Alembic's head.
 *
 * The version table is created with the DDL Alembic 1.8 emits on each dialect
 * (`alembic upgrade --sql`), so no Python is needed here.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { runSqliteShell, tempDatabase } from "../dialects/support/sqlite-file.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql, runMariadbClient } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

/** Alembic 1.8's version table, as `alembic upgrade --sql` writes it for PostgreSQL, MySQL and SQLite alike. */
const ALEMBIC_VERSION_TABLE = `CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('d4d4');
`;

/** The baseline carries Alembic's head id; e5e5 is the first Athanor revision on top of it. */
function adoptingProject(url: string): MigrationProject {
  return new MigrationProject(url, { versionTable: "alembic_version" })
    .rev("d4d4", null, { message: "baseline" })
    .rev("e5e5", "d4d4", {
      message: "add tags",
      up: `  await op.createTable("tags", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
      down: `  await op.dropTable("tags");`,
    });
}

function script(p: MigrationProject, ...args: string[]): string {
  const r = p.athanor(...args);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

const pgSkip = await requirePostgres();
const mysqlSkip = await requireMysql();

describe("--sql past base on a version table Alembic made", () => {
  test("SQLite: upgrade d4d4:head and downgrade e5e5:d4d4 run in the sqlite3 shell", () => {
    const db = tempDatabase();
    const p = adoptingProject(`sqlite:${db.path}`);
    try {
      assert.equal(runSqliteShell(db.path, ALEMBIC_VERSION_TABLE).status, 0);
      const up = script(p, "upgrade", "d4d4:head", "--sql");
      assert.match(up, /CREATE TABLE IF NOT EXISTS "alembic_version_log"/);
      assert.doesNotMatch(up, /CREATE TABLE IF NOT EXISTS "alembic_version" /, "Alembic's table is not created again");
      const ran = runSqliteShell(db.path, up);
      assert.equal(ran.status, 0, ran.stderr);
      assert.deepEqual(db.db.prepare("SELECT version_num FROM alembic_version").all(), [{ version_num: "e5e5" }]);
      assert.deepEqual(db.db.prepare("SELECT revision, direction FROM alembic_version_log").all(), [{ revision: "e5e5", direction: "up" }]);
      // the database as Alembic left it again: a downgrade script too
      const fresh = tempDatabase();
      try {
        assert.equal(runSqliteShell(fresh.path, `${ALEMBIC_VERSION_TABLE}CREATE TABLE tags (id INTEGER PRIMARY KEY);\nUPDATE alembic_version SET version_num = 'e5e5';\n`).status, 0);
        const down = runSqliteShell(fresh.path, script(p, "downgrade", "e5e5:d4d4", "--sql"));
        assert.equal(down.status, 0, down.stderr);
        assert.deepEqual(fresh.db.prepare("SELECT version_num FROM alembic_version").all(), [{ version_num: "d4d4" }]);
      } finally {
        fresh.close();
      }
      // the online run agrees, and reads Alembic's table as its own
      const online = p.athanor("current");
      assert.equal(online.code, 0, online.stderr);
      assert.equal(online.stdout.trim(), "e5e5 (head)");
    } finally {
      p.cleanup();
      db.close();
    }
  });

  test("MariaDB: upgrade d4d4:head runs in the mariadb client; the table and the version row are both there", mysqlSkip, async () => {
    const db = await createMysqlTestDatabase("h4_alembic_off");
    const p = adoptingProject(db.url);
    try {
      runMariadbClient(db, ALEMBIC_VERSION_TABLE);
      runMariadbClient(db, script(p, "upgrade", "d4d4:head", "--sql"));
      assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "e5e5" }]);
      assert.deepEqual(await db.query("SELECT revision, direction, status FROM alembic_version_log"), [{ revision: "e5e5", direction: "up", status: "finished" }]);
      assert.equal((await db.query("SHOW TABLES LIKE 'tags'")).length, 1);
      runMariadbClient(db, script(p, "downgrade", "e5e5:d4d4", "--sql"));
      assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "d4d4" }]);
      assert.equal((await db.query("SHOW TABLES LIKE 'tags'")).length, 0);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });

  test("PostgreSQL: upgrade d4d4:head runs in psql", pgSkip, async () => {
    const db = await createTestDatabase("h4_alembic_off");
    const p = adoptingProject(db.url);
    try {
      await db.query(ALEMBIC_VERSION_TABLE);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", db.url], { input: script(p, "upgrade", "d4d4:head", "--sql"), encoding: "utf8" });
      assert.equal(psql.status, 0, psql.stderr);
      assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "e5e5" }]);
      assert.deepEqual(await db.query("SELECT revision, direction FROM alembic_version_log"), [{ revision: "e5e5", direction: "up" }]);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });
});

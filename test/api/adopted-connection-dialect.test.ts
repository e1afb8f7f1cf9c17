/**
 * migrate() and status() with the application's own mysql2 connection or pool in a project whose config names
 * another kind of database (the embedded PGlite `athanor init` sets up by default, or a SQLite file): the
 * connection is MariaDB's, and Athanor speaks MariaDB on it. Before, the config's dialect took any object with a
 * `query` method for its own client and sent it PostgreSQL's SQL (`... near '($1) AS found (oid)'`); and the
 * result's `url` is not the config's URL, which names another database than the one migrated.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import mysql from "mysql2";
import mysqlPromise from "mysql2/promise";
import { migrate } from "../../src/api/migrate.js";
import { status } from "../../src/api/status.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const opts = await requireMysql();
const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups) await c();
});

async function setup(defaultUrl: string): Promise<{ db: MysqlTestDatabase; p: MigrationProject; options: mysql.ConnectionOptions }> {
  const db = await createMysqlTestDatabase("athanor_adoptdial");
  const p = new MigrationProject(db.url, { defaultUrl });
  cleanups.push(() => p.cleanup(), () => db.drop());
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE adopted (id INT PRIMARY KEY)");` });
  const u = new URL(db.url);
  return { db, p, options: { host: u.hostname, port: Number(u.port || 3306), user: u.username || "root", password: decodeURIComponent(u.password), database: db.name } };
}

describe("an adopted mysql2 connection in a project configured for another database", opts, () => {
  test("config on PGlite (init's default): migrate() with a mysql2/promise connection runs on MariaDB", async () => {
    const { db, p, options } = await setup("pglite:./.athanor/pglite");
    const conn = await mysqlPromise.createConnection(options);
    try {
      const r = await migrate({ cwd: p.dir, env: {}, connection: conn, logger: false });
      assert.deepEqual(r.headsAfter, ["a1"]);
      // not the config's PGlite URL: that is not the database it ran on
      assert.doesNotMatch(r.url, /pglite/);
      // where the connection is: its own host and database, no password
      assert.equal(r.url, `mysql://${options.user}@${options.host}:${options.port}/${db.name}`);
    } finally {
      await conn.end();
    }
    const rows = await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version");
    assert.deepEqual(rows.map((r) => r.v), ["a1"]);
  });

  test("config on a SQLite file: status() with a mysql2 pool reads MariaDB's version table", async () => {
    const { p, options } = await setup("sqlite:./app.db");
    const pool = mysql.createPool({ ...options, connectionLimit: 2 });
    try {
      await migrate({ cwd: p.dir, env: {}, connection: pool, logger: false });
      const s = await status({ cwd: p.dir, env: {}, connection: pool });
      assert.deepEqual([s.current, s.upToDate], [["a1"], true]);
      assert.doesNotMatch(s.url, /sqlite|app\.db/);
      assert.match(s.url, new RegExp(`^mysql://.*/${options.database}$`));
    } finally {
      await pool.promise().end();
    }
  });
});

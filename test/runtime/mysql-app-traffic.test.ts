/**
 * MariaDB with the application's own sessions:
 *
 * - The application's open transaction holds the metadata lock of a table it
 *   read; a revision's ALTER of that table waits for it, and after
 *   `lockTimeout` fails with one line naming the revision, the statement and
 *   the two server settings `lockTimeout` sets (it used to be the server's
 *   bare "Lock wait timeout exceeded; try restarting transaction"). Once the
 *   application commits, the rerun resumes the revision.
 * - `migrate({ connection })` with the application's mysql2 connection or
 *   pool puts back the session variables the run set: the connection goes on
 *   in its own time zone (NOW(), TIMESTAMP columns), sql_mode and lock timeouts,
 *   after a run that succeeded and after one that failed (they used to stay in
 *   UTC, with Athanor's sql_mode).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import mysql from "mysql2/promise";
import { migrate } from "../../src/api/migrate.js";
import { status } from "../../src/api/status.js";
import { ok } from "../cli/helpers.js";
import { mysqlProjects, requireMysql } from "../support/mysql-databases.js";

const opts = await requireMysql();
const project = mysqlProjects("athanor_traffic");

type Variables = { tz: string; mode: string; lwt: number; ilwt: number };

async function variables(q: { query(sql: string): Promise<unknown> }): Promise<Variables> {
  const [rows] = (await q.query(
    "SELECT @@SESSION.time_zone AS tz, @@SESSION.sql_mode AS mode, @@SESSION.lock_wait_timeout AS lwt, @@SESSION.innodb_lock_wait_timeout AS ilwt",
  )) as [Variables[]];
  const r = rows[0] as Variables;
  return { tz: r.tz, mode: r.mode, lwt: Number(r.lwt), ilwt: Number(r.ilwt) };
}

const APP_SESSION = "SET SESSION time_zone = '+02:00', sql_mode = 'NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES', lock_wait_timeout = 77, innodb_lock_wait_timeout = 33";
const APP_VARIABLES: Variables = { tz: "+02:00", mode: "NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES", lwt: 77, ilwt: 33 };

describe("MariaDB with the application's traffic", opts, () => {
  test("an ALTER waiting for the application's transaction gives up after lockTimeout, naming the settings; the rerun resumes", async () => {
    const { db, p } = await project();
    p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations", lockTimeout: "1s" });\n`);
    const app = await db.connect();
    try {
      await app.query("CREATE TABLE orders (id INT PRIMARY KEY, total INT)");
      await app.query("INSERT INTO orders VALUES (1, 10)");
      ok(p.athanor("stamp", "base"), "stamp base");
      p.rev("a1", null, { up: `  await op.execute("CREATE TABLE audit (id INT PRIMARY KEY)");\n  await op.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(20)");` });
      // the application reads the table in a transaction it keeps open: it holds the table's metadata lock
      await app.query("BEGIN");
      await app.query("SELECT * FROM orders");
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 1, r.stderr);
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
      assert.equal(errors.length, 1, r.stderr);
      const msg = errors[0] as string;
      assert.match(msg, /^error: upgrade <base> -> a1 \(.*a1_rev_a1\.ts\) failed: Lock wait timeout exceeded; /);
      assert.match(
        msg,
        /another session held a lock this statement needed for longer than this session waits \(1 s for a table's metadata lock, lock_wait_timeout; 1 s for a row, innodb_lock_wait_timeout\); end that session's transaction .*, or raise lockTimeout; statement 2: ALTER TABLE orders ADD COLUMN note/,
      );
      assert.match(msg, /1 of its statements had already committed .* revision a1 is half-applied/);
      await app.query("COMMIT");
    } finally {
      await app.end();
    }
    const rerun = p.athanor("upgrade", "head");
    ok(rerun, "rerun");
    assert.match(rerun.stderr, /Resuming a1 after its 1 committed statement\(s\)/);
    const cols = await db.query<{ c: string }>("SELECT column_name AS c FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' ORDER BY ordinal_position");
    assert.deepEqual(cols.map((c) => c.c), ["id", "total", "note"]);
  });

  test("migrate() on the application's connection and pool puts its session variables back, after success and after failure", async () => {
    const { db, p } = await project();
    p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations", lockTimeout: "3s" });\n`);
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE a1 (id INT PRIMARY KEY)");` });
    p.rev("b2", "a1", { up: `  await op.execute("CREATE TABLE b2 (id INT PRIMARY KEY)");\n  await op.execute("CREATE TABLE b2 (id INT PRIMARY KEY)");` });
    const u = new URL(db.url);
    const target = { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || "root"), database: db.name };

    const conn = await mysql.createConnection(target);
    try {
      await conn.query(APP_SESSION);
      const r = await migrate({ cwd: p.dir, url: db.url, connection: conn, to: "a1", logger: false });
      assert.deepEqual(r.headsAfter, ["a1"]);
      assert.deepEqual(await variables(conn), APP_VARIABLES, "after a run that succeeded");
    } finally {
      await conn.end();
    }

    const pool = mysql.createPool({ ...target, connectionLimit: 1 });
    try {
      await pool.query(APP_SESSION);
      await assert.rejects(migrate({ cwd: p.dir, url: db.url, connection: pool, logger: false }), /upgrade a1 -> b2 .* failed: Table 'b2' already exists/);
      assert.deepEqual(await variables(pool), APP_VARIABLES, "the pool's one connection, after a run that failed");
    } finally {
      await pool.end();
    }
  });

  test("migrate() and status() with the application's mysql2 connection or pool and no URL at all: taken as MySQL", async () => {
    const { db, p } = await project();
    p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations" });\n`);
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE a1 (id INT PRIMARY KEY)");` });
    p.rev("b2", "a1", { up: `  await op.execute("CREATE TABLE b2 (id INT PRIMARY KEY)");` });
    const u = new URL(db.url);
    const target = { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || "root"), database: db.name };
    // a mysql2 connection has a `query` method too: it was taken for a pg client ("near '::bigint'")
    const noUrl = { cwd: p.dir, env: {}, logger: false as const };
    const conn = await mysql.createConnection(target);
    try {
      assert.deepEqual((await migrate({ ...noUrl, connection: conn, to: "a1" })).headsAfter, ["a1"]);
      assert.deepEqual((await status({ cwd: p.dir, env: {}, connection: conn })).current, ["a1"]);
    } finally {
      await conn.end();
    }
    const pool = mysql.createPool({ ...target, connectionLimit: 1 });
    try {
      assert.deepEqual((await migrate({ ...noUrl, connection: pool })).headsAfter, ["b2"]);
    } finally {
      await pool.end();
    }
    assert.deepEqual((await db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN ('a1', 'b2') ORDER BY 1")).map((r) => r.t), ["a1", "b2"]);
  });
});

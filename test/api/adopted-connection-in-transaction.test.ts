/**
 * migrate() with the application's own connection while the application has
 * a transaction open on it. Before, the run's BEGIN was ignored (PostgreSQL,
 * PGlite: "there is already a transaction in progress") and its COMMIT
 * committed the application's pending work, which the application's
 * ROLLBACK then could not undo; MySQL's BEGIN committed it at once; on
 * SQLite the run failed on "cannot start a transaction within a transaction"
 * and its close rolled the application's transaction back. Now the run is
 * refused before anything is sent (CONNECT.IN_TRANSACTION), and the
 * application's transaction is left as it was.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import Database from "better-sqlite3";
import mysqlPromise from "mysql2/promise";
import pg from "pg";
import { migrate } from "../../src/index.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const pgOpts = await requirePostgres();
const myOpts = await requireMysql();
const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function project(url: string): MigrationProject {
  const p = new MigrationProject(url, { onUnversionedDatabase: "proceed" });
  cleanups.push(() => p.cleanup());
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE made (id INT)");` });
  return p;
}

/** `q` runs one statement on the application's connection and returns its rows. */
async function scenario(dir: string, connection: unknown, q: (sql: string) => Promise<Array<Record<string, unknown>>>): Promise<void> {
  await q("CREATE TABLE app (x INT)");
  await q("BEGIN");
  await q("INSERT INTO app VALUES (1)");
  await assert.rejects(migrate({ cwd: dir, env: {}, connection, logger: false }), (e: { code?: string; message?: string }) => {
    assert.equal(e.code, "CONNECT.IN_TRANSACTION");
    assert.match(String(e.message), /inside a transaction/);
    return true;
  });
  // the application's transaction is still its own: its ROLLBACK undoes its insert
  await q("ROLLBACK");
  assert.equal(Number((await q("SELECT count(*) AS n FROM app"))[0]?.n), 0);
  const r = await migrate({ cwd: dir, env: {}, connection, logger: false });
  assert.deepEqual(r.headsAfter, ["a1"]);
}

describe("migrate() on a connection inside the application's transaction", () => {
  test("pg Client", pgOpts, async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await scenario(project(db.url).dir, client, async (s) => (await client.query(s)).rows);
    } finally {
      await client.end();
    }
  });

  test("PGlite instance", async () => {
    const p = project("pglite:unused");
    const db = new PGlite(join(p.dir, "data"));
    try {
      await scenario(p.dir, db, async (s) => (await db.query<Record<string, unknown>>(s)).rows);
    } finally {
      await db.close();
    }
  });

  test("mysql2 connection", myOpts, async () => {
    const db = await createMysqlTestDatabase("athanor_intx");
    cleanups.push(() => db.drop());
    const u = new URL(db.url);
    const conn = await mysqlPromise.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: u.username || "root", password: decodeURIComponent(u.password), database: db.name });
    try {
      await scenario(project(db.url).dir, conn, async (s) => (await conn.query(s))[0] as Array<Record<string, unknown>>);
    } finally {
      await conn.end();
    }
  });

  test("better-sqlite3 Database", async () => {
    const p = project("sqlite:./app.db");
    const db = new Database(join(p.dir, "app.db"));
    try {
      await scenario(p.dir, db, async (s) => {
        const st = db.prepare(s);
        if (st.reader) return st.all() as Array<Record<string, unknown>>;
        st.run();
        return [];
      });
    } finally {
      db.close();
    }
  });
});

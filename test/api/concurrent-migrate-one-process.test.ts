/**
 * Two migrate() calls at once in one process on one database session (a
 * server whose two modules each migrate at start-up, Next.js dev mode
 * running the start-up code twice): the database grants its session-level
 * lock again to the session holding it, so before, both runs took it and
 * both ran the first revision ('relation "applied" already exists', or
 * 'current transaction is aborted'). Now the second waits for the first
 * and finds nothing to do. Sessions shared that way: a file-backed PGlite
 * database (Athanor's connections to it share its one session), and the
 * application's own pg Client, PGlite instance or mysql2 connection.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import mysqlPromise from "mysql2/promise";
import pg from "pg";
import { migrate, type MigrateResult } from "../../src/index.js";
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
  const p = new MigrationProject(url);
  cleanups.push(() => p.cleanup());
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE applied (rev VARCHAR(10))");\n  await new Promise((r) => setTimeout(r, 20));` });
  for (const [id, down] of [["b2", "a1"], ["c3", "b2"]] as const) {
    p.rev(id, down, { up: `  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");\n  await new Promise((r) => setTimeout(r, 20));` });
  }
  return p;
}

/** Exactly one run did the work; every run reports the database at c3; the others waited for the lock. */
function assertRanOnce(results: PromiseSettledResult<MigrateResult>[]): void {
  const ok = results.map((r) => {
    if (r.status === "rejected") throw r.reason;
    return r.value;
  });
  assert.deepEqual(ok.map((r) => r.headsAfter), ok.map(() => ["c3"]));
  assert.deepEqual(ok.map((r) => r.steps.length).sort(), [...Array<number>(ok.length - 1).fill(0), 3]);
  assert.equal(ok.filter((r) => r.waitedForLock).length, ok.length - 1);
}

const three = <T>(f: () => Promise<T>): Promise<PromiseSettledResult<T>[]> => Promise.allSettled([f(), f(), f()]);

describe("migrate() called several times at once in one process", () => {
  test("PGlite data directory by URL: the runs share its one session and take turns", async () => {
    const p = project("pglite:unused");
    const url = `pglite:${join(p.dir, "data")}`;
    assertRanOnce(await three(() => migrate({ cwd: p.dir, url, logger: false })));
  });

  test("the application's PGlite instance, passed to each run", async () => {
    const p = project("pglite:unused");
    const db = new PGlite(join(p.dir, "app-data"));
    try {
      assertRanOnce(await three(() => migrate({ cwd: p.dir, env: {}, connection: db, logger: false })));
      const rows = await db.query<{ rev: string }>("SELECT rev FROM applied ORDER BY rev");
      assert.deepEqual(rows.rows.map((r) => r.rev), ["b2", "c3"]);
    } finally {
      await db.close();
    }
  });

  test("the application's pg Client, passed to each run", pgOpts, async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const p = project(db.url);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      assertRanOnce(await three(() => migrate({ cwd: p.dir, env: {}, connection: client, logger: false })));
      // the application's session is usable and holds no migration lock
      const locks = await client.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()");
      assert.equal(locks.rows[0].n, 0);
    } finally {
      await client.end();
    }
  });

  test("the application's mysql2 connection, passed to each run", myOpts, async () => {
    const db = await createMysqlTestDatabase("athanor_conc1");
    cleanups.push(() => db.drop());
    const p = project(db.url);
    const u = new URL(db.url);
    const conn = await mysqlPromise.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: u.username || "root", password: decodeURIComponent(u.password), database: db.name });
    try {
      assertRanOnce(await three(() => migrate({ cwd: p.dir, env: {}, connection: conn, logger: false })));
      const [rows] = await conn.query("SELECT rev FROM applied ORDER BY rev");
      assert.deepEqual((rows as Array<{ rev: string }>).map((r) => r.rev), ["b2", "c3"]);
    } finally {
      await conn.end();
    }
  });
});

/**
 * The programmatic API: migrate() and status() with a URL, with the
 * application's own pg Pool or PGlite instance; typed errors; baselines and
 * refusal on an unversioned database; validation after migrating.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import pg from "pg";
import { AthanorError, migrate, status } from "../../src/index.js";
import { createTestDatabase, requirePostgres, type TestDatabase } from "../support/databases.js";
import { MigrationProject, recordingRev } from "../support/project.js";

const opts = await requirePostgres();
const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function setup(config: Record<string, unknown> = {}): Promise<{ db: TestDatabase; p: MigrationProject }> {
  const db = await createTestDatabase();
  const p = new MigrationProject(db.url, config);
  cleanups.push(() => p.cleanup(), () => db.drop());
  p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE applied (rev text)");\n  await op.execute("CREATE TABLE users (id int)");`, down: `  await op.execute("DROP TABLE applied; DROP TABLE users");` });
  p.rev("b0000002", "a0000001", recordingRev("b0000002"));
  p.rev("c0000003", "b0000002", recordingRev("c0000003"));
  return { db, p };
}

const quiet = { logger: false as const };

describe("migrate() and status()", opts, () => {
  test("status before and after; migrate returns the steps; a second migrate does nothing", async () => {
    const { db, p } = await setup();
    const before = await status({ cwd: p.dir, url: db.url });
    assert.deepEqual(before.current, []);
    assert.deepEqual(before.pending, ["a0000001", "b0000002", "c0000003"]);
    assert.equal(before.upToDate, false);
    const r = await migrate({ cwd: p.dir, url: db.url, ...quiet });
    assert.deepEqual(r.headsBefore, []);
    assert.deepEqual(r.headsAfter, ["c0000003"]);
    assert.deepEqual(r.steps.map((s) => s.revision), ["a0000001", "b0000002", "c0000003"]);
    assert.ok(r.steps.every((s) => s.durationMs >= 0));
    assert.equal(r.waitedForLock, false);
    const again = await migrate({ cwd: p.dir, url: db.url, ...quiet });
    assert.equal(again.steps.length, 0);
    const after = await status({ cwd: p.dir, url: db.url });
    assert.equal(after.upToDate, true);
    assert.deepEqual(after.current, ["c0000003"]);
    const down = await migrate({ cwd: p.dir, url: db.url, to: "a0000001", direction: "down", ...quiet });
    assert.deepEqual(down.headsAfter, ["a0000001"]);
  });

  test("with the application's pg Pool (left open) and typed errors", async () => {
    const { db, p } = await setup();
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    cleanups.push(() => pool.end());
    const r = await migrate({ cwd: p.dir, connection: pool, ...quiet });
    assert.deepEqual(r.headsAfter, ["c0000003"]);
    assert.equal((await pool.query("SELECT count(*)::int AS n FROM applied")).rows[0].n, 2);
    const s = await status({ cwd: p.dir, connection: pool });
    assert.equal(s.upToDate, true);
    // the url is where the pool connects (its connection string, any password masked)
    assert.equal(s.url, db.url.replace(/:[^:@/]+@/, ":***@"));
    await assert.rejects(
      migrate({ cwd: p.dir, connection: pool, to: "nope1234", ...quiet }),
      (e: unknown) => e instanceof AthanorError && e.code.startsWith("GRAPH.") && /nope1234/.test(e.message),
    );
  });

  test("with a PGlite instance", async () => {
    const { p } = await setup();
    const { PGlite } = await import("@electric-sql/pglite");
    const lite = new PGlite();
    cleanups.push(() => lite.close());
    const r = await migrate({ cwd: p.dir, connection: lite, ...quiet });
    assert.deepEqual(r.headsAfter, ["c0000003"]);
    assert.equal(r.url, "pglite:memory");
    const rows = await lite.query<{ version_num: string }>("SELECT version_num FROM athanor_version");
    assert.deepEqual(rows.rows, [{ version_num: "c0000003" }]);
  });

  test("a database with tables but no version table: refused with the way out", async () => {
    const { db, p } = await setup();
    await db.query("CREATE TABLE legacy (id int)");
    // status() doesn't call it "at base": a health check learns why migrate() will refuse
    const s = await status({ cwd: p.dir, url: db.url });
    assert.deepEqual(s.unversionedTables, ["public.legacy"]);
    assert.equal(s.upToDate, false);
    await assert.rejects(migrate({ cwd: p.dir, url: db.url, ...quiet }), (e: unknown) => {
      assert.ok(e instanceof AthanorError);
      assert.equal(e.code, "DATABASE.UNVERSIONED");
      assert.match(e.message, /public\.legacy/);
      assert.match(e.message, /athanor stamp/);
      return true;
    });
    const cli = p.athanor("upgrade", "head");
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /no version table/);
    assert.deepEqual(await db.query("SELECT to_regclass('applied') AS t"), [{ t: null }], "nothing ran");
  });

  test("baseline: an existing database is stamped at the baseline and upgraded from there", async () => {
    const { db, p } = await setup();
    await db.query("CREATE TABLE applied (rev text); CREATE TABLE users (id int)");
    const r = await migrate({ cwd: p.dir, url: db.url, config: { scriptLocation: "migrations", baseline: "a0000001" }, ...quiet });
    assert.equal(r.baselineStamped, "a0000001");
    assert.deepEqual((await status({ cwd: p.dir, url: db.url })).unversionedTables, [], "versioned now");
    assert.deepEqual(r.steps.map((s) => s.revision), ["b0000002", "c0000003"]);
    assert.deepEqual((await db.query<{ rev: string }>("SELECT rev FROM applied ORDER BY 1")).map((x) => x.rev), ["b0000002", "c0000003"]);
  });

  test("validate tables after migrating: error or warn", async () => {
    const { db, p } = await setup();
    const r = await migrate({ cwd: p.dir, url: db.url, validate: { tables: ["users", "applied"] }, ...quiet });
    assert.equal(r.validation?.ok, true);
    await assert.rejects(
      migrate({ cwd: p.dir, url: db.url, validate: { tables: ["users", "orders"] }, ...quiet }),
      (e: unknown) => e instanceof AthanorError && e.code === "VALIDATE.FAILED" && /orders/.test(e.message),
    );
    const warned: string[] = [];
    const w = await migrate({
      cwd: p.dir,
      url: db.url,
      validate: { tables: ["orders"], onFailure: "warn" },
      logger: { info: () => {}, warn: (l) => warned.push(l) },
    });
    assert.equal(w.validation?.ok, false);
    assert.match(warned.join("\n"), /missing tables: orders/);
  });
});

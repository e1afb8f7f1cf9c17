/**
 * Transactions that commit: proof over a second connection, failures in each
 * mode, transaction control refused in op.execute, non-transactional
 * revisions and op.autocommit for CREATE INDEX CONCURRENTLY.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { requirePostgres, type TestDatabase } from "../support/databases.js";
import { type MigrationProject, projectsOnNewDatabases } from "../support/project.js";

const opts = await requirePostgres();
const setup = projectsOnNewDatabases();

const tables = async (db: TestDatabase) =>
  (await db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);
const heads = async (db: TestDatabase) =>
  (await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((r) => r.v);

function chain(p: MigrationProject, n: number, failAt?: number) {
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const id = `rev${String(i).padStart(5, "0")}`;
    p.rev(id, prev, {
      up: i === failAt ? `  await op.execute("CREATE TABLE t${i} (id int)");\n  await op.execute("SELECT * FROM no_such_table");` : `  await op.execute("CREATE TABLE t${i} (id int)");`,
      down: `  await op.execute("DROP TABLE t${i}");`,
    });
    prev = id;
  }
}

describe("transactions on PostgreSQL", opts, () => {
  test("after upgrade head exits 0, a second connection sees every table and the version row", async () => {
    const { db, p } = await setup();
    chain(p, 3);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Done: 3 steps committed; the database is at rev00003/);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "t1", "t2", "t3"]);
    assert.deepEqual(await heads(db), ["rev00003"]);
  });

  test("per-migration: failure in revision 3 of 5 keeps 1-2 committed, names revision, file and statement, exit 1", async () => {
    const { db, p } = await setup();
    chain(p, 5, 3);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /rev00003/);
    assert.match(r.stderr, /migrations\/versions\/rev00003_rev_rev00003\.ts/);
    assert.match(r.stderr, /SELECT \* FROM no_such_table/);
    assert.match(r.stderr, /relation "no_such_table" does not exist/);
    assert.doesNotMatch(r.stderr, /Done/);
    assert.deepEqual(await heads(db), ["rev00002"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "t1", "t2"]);
    assert.equal(r.stderr.split("\n").filter((l) => l.startsWith("error:")).length, 1);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace without --debug");
  });

  test("per-migration: a revision module that fails to import stops the run at its step; earlier ones stay committed", async () => {
    // Modules are imported a few steps ahead (while the server works): a broken one must still
    // fail at its own step, after the steps before it have committed.
    const { db, p } = await setup();
    chain(p, 5);
    const file = join(p.dir, "migrations/versions/rev00004_rev_rev00004.ts");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nthrow new Error("broken at import");\n`);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /rev00004_rev_rev00004\.ts:\d+: could not import revision rev00004: broken at import/);
    assert.deepEqual(await heads(db), ["rev00003"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "t1", "t2", "t3"]);
    const log = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM athanor_version_log");
    assert.equal(log[0]?.n, 3);
  });

  test("per-run with a non-transactional revision: what it committed is reported as committed when a later one fails", async () => {
    const { db, p } = await setup({ transactionMode: "per-run" });
    p.rev("rev00001", null, { up: '  await op.execute("CREATE TABLE t1 (id int)");' })
      .rev("rev00002", "rev00001", { transactional: false, up: '  await op.execute("CREATE TABLE t2 (id int)");' })
      .rev("rev00003", "rev00002", { up: '  await op.execute("CREATE TABLE t3 (id int)");\n  await op.execute("SELECT * FROM no_such_table");' });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Running upgrade {2}-> rev00001/);
    assert.match(r.stderr, /Running upgrade rev00001 -> rev00002/);
    assert.match(r.stderr, /2 earlier revision\(s\) committed, database at rev00002/);
    assert.deepEqual(await heads(db), ["rev00002"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "t1", "t2"]);
  });

  test("per-run: failure in revision 3 of 5 leaves nothing", async () => {
    const { db, p } = await setup({ transactionMode: "per-run" });
    chain(p, 5, 3);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log"]);
    assert.deepEqual(await heads(db), []);
    const ok = p.athanor("upgrade", "rev00002", "--transaction-mode", "per-run");
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(await heads(db), ["rev00002"]);
  });

  test("transaction control in op.execute is refused before anything runs", async () => {
    const { db, p } = await setup();
    p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE x (id int); COMMIT; CREATE TABLE y (id int)");` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /COMMIT/);
    assert.match(r.stderr, /transactional = false|op\.autocommit/);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log"]);
  });

  test("CREATE INDEX CONCURRENTLY in a non-transactional revision and inside op.autocommit", async () => {
    const { db, p } = await setup();
    p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE big (id int, v text)");\n  await op.execute("CREATE TYPE mood AS ENUM ('ok')");` })
      .rev("b0000002", "a0000001", {
        transactional: false,
        up: `  await op.createIndex("ix_big_v", "big", ["v"], { concurrently: true });`,
        down: `  await op.dropIndex("ix_big_v", { concurrently: true });`,
      })
      .rev("c0000003", "b0000002", {
        up: `  await op.execute("CREATE TABLE other (id int)");\n  await op.autocommit(async () => {\n    await op.createIndex("ix_big_id", "big", ["id"], { concurrently: true });\n    await op.addEnumValue("mood", "happy");\n  });`,
      });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    const idx = await db.query<{ i: string }>("SELECT indexname AS i FROM pg_indexes WHERE tablename = 'big' ORDER BY 1");
    assert.deepEqual(idx.map((x) => x.i), ["ix_big_id", "ix_big_v"]);
    const vals = await db.query<{ v: string }>("SELECT unnest(enum_range(NULL::mood))::text AS v");
    assert.deepEqual(vals.map((x) => x.v), ["ok", "happy"]);
    assert.deepEqual(await heads(db), ["c0000003"]);
    const d = p.athanor("downgrade", "a0000001");
    assert.equal(d.code, 0, d.stderr);
    assert.deepEqual(await heads(db), ["a0000001"]);
  });

  test("session settings from config are applied (statement_timeout stops a slow revision)", async () => {
    const { db, p } = await setup({ statementTimeout: 200, lockTimeout: "1s" });
    p.rev("a0000001", null, { up: `  await op.execute("SELECT pg_sleep(2)");` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /statement timeout/);
    assert.deepEqual(await heads(db), []);
  });

  test("editing an applied revision is warned about on the next upgrade", async () => {
    const { p } = await setup();
    p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE e1 (id int)");` });
    assert.equal(p.athanor("upgrade", "head").code, 0);
    p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE e1 (id int, extra text)");` });
    p.rev("b0000002", "a0000001");
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: revision a0000001 .* was edited after it was applied/);
  });
});

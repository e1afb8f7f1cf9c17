/**
 * MariaDB, where DDL commits by itself: a revision that fails after some of
 * its statements committed is reported as half-applied (exit 1, the revision,
 * its file, the failing statement, how many statements committed); `current`
 * and `status()` show it; `upgrade` and `downgrade` refuse to move past it;
 * `resolve --applied`, `resolve --rolled-back` and a fixed rerun (which
 * resumes from the failed statement) each recover. A data-only revision
 * still runs in one transaction. What was committed is read over a second
 * connection.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { status } from "../../src/api/status.js";
import { ok } from "../cli/helpers.js";
import type { CliResult } from "../support/cli.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const opts = await requireMysql();
const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups) await c();
});

async function setup(config: Record<string, unknown> = {}): Promise<{ db: MysqlTestDatabase; p: MigrationProject }> {
  const db = await createMysqlTestDatabase();
  const p = new MigrationProject(db.url, config);
  cleanups.push(() => p.cleanup(), () => db.drop());
  return { db, p };
}

/** Exit 1 with exactly one `error: ` line (progress lines may come before it), no stack trace; returns the message. */
function fails(r: CliResult): string {
  assert.equal(r.code, 1, `expected exit 1, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace without --debug");
  return (errors[0] as string).slice("error: ".length);
}

const THREE = (second: string) => `  await op.execute("CREATE TABLE one (id INT PRIMARY KEY)");
  await op.execute(${JSON.stringify(second)});
  await op.execute("CREATE TABLE three (id INT PRIMARY KEY)");`;

/** a1 creates `base_t`; b2 fails at its statement 2 of 3 (`CREATE TABLE one` twice). */
function failingProject(p: MigrationProject): void {
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE base_t (id INT PRIMARY KEY)");`, down: `  await op.execute("DROP TABLE base_t");` });
  p.rev("b2", "a1", { up: THREE("CREATE TABLE one (id INT PRIMARY KEY)"), down: `  await op.execute("DROP TABLE three");\n  await op.execute("DROP TABLE two");\n  await op.execute("DROP TABLE one");` });
}

async function tables(db: MysqlTestDatabase): Promise<string[]> {
  const rows = await db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
  return rows.map((r) => r.t);
}

async function versions(db: MysqlTestDatabase): Promise<string[]> {
  return (await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((r) => r.v);
}

async function halfApply(): Promise<{ db: MysqlTestDatabase; p: MigrationProject }> {
  const { db, p } = await setup();
  failingProject(p);
  const msg = fails(p.athanor("upgrade", "head"));
  assert.match(msg, /upgrade a1 -> b2 \(.*b2_rev_b2\.ts\) failed: /);
  assert.match(msg, /Table 'one' already exists/);
  assert.match(msg, /statement 2: CREATE TABLE one \(id INT PRIMARY KEY\)/);
  assert.match(msg, /1 of its statements had already committed/);
  assert.match(msg, /revision b2 is half-applied/);
  assert.match(msg, /athanor resolve b2 --applied/);
  assert.match(msg, /1 earlier revision\(s\) committed, database at a1/);
  assert.deepEqual(await versions(db), ["a1"]);
  assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "base_t", "one"]);
  return { db, p };
}

describe("half-applied revisions on MariaDB", opts, () => {
  test("failure at statement 2 of 3: current shows it, status() reports it, upgrade and downgrade refuse", async () => {
    const { db, p } = await halfApply();
    const log = await db.query<{ revision: string; status: string; statements_done: number }>(
      "SELECT revision, status, statements_done FROM athanor_version_log ORDER BY id",
    );
    assert.deepEqual(
      log.map((r) => [r.revision, r.status, Number(r.statements_done)]),
      [
        ["a1", "finished", 1],
        ["b2", "failed", 1],
      ],
    );
    const current = p.athanor("current");
    assert.equal(current.code, 0, current.stderr);
    assert.match(current.stdout, /^a1\n/);
    assert.match(current.stdout, /b2 \(half-applied: 1 statement\(s\) committed, then one failed\)/);
    assert.match(current.stderr, /revision b2 \(.*\) is half-applied: its upgrade failed at .* after 1 of its statements committed/);

    const s = await status({ cwd: p.dir, url: db.url });
    assert.equal(s.upToDate, false);
    assert.deepEqual(
      s.halfApplied.map((h) => [h.revision, h.direction, h.statementsDone, h.status]),
      [["b2", "up", 1, "failed"]],
    );

    const again = fails(p.athanor("upgrade", "head"));
    assert.match(again, /failed: Table 'one' already exists; statement 2/, "a rerun of the unchanged file resumes and fails at the same statement");
    const down = fails(p.athanor("downgrade", "base"));
    assert.match(down, /^refusing to downgrade: revision b2 \(.*\) is half-applied/);
    assert.deepEqual(await versions(db), ["a1"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "base_t", "one"]);
  });

  test("a fixed rerun resumes from the failed statement; an edited earlier statement is refused", async () => {
    const { db, p } = await halfApply();
    // editing the statement that already committed: the rerun can't resume
    p.rev("b2", "a1", { up: THREE("CREATE TABLE two (id INT PRIMARY KEY)").replace("TABLE one", "TABLE uno") });
    const changed = fails(p.athanor("upgrade", "head"));
    assert.match(changed, /statement 1 differs from the one that committed when revision b2 last ran/);
    // the fix keeps statement 1 as it was
    p.rev("b2", "a1", { up: THREE("CREATE TABLE two (id INT PRIMARY KEY)") });
    const rerun = p.athanor("upgrade", "head");
    ok(rerun, "rerun");
    assert.match(rerun.stderr, /Resuming b2 after its 1 committed statement\(s\)/);
    assert.deepEqual(await versions(db), ["b2"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "base_t", "one", "three", "two"]);
    const last = await db.query<{ status: string; statements_done: number }>(
      "SELECT status, statements_done FROM athanor_version_log WHERE revision = 'b2' ORDER BY id DESC LIMIT 1",
    );
    assert.deepEqual(last.map((r) => [r.status, Number(r.statements_done)]), [["finished", 3]]);
    assert.match(ok(p.athanor("current")), /^b2 \(head\)\n$/);
  });

  test("after a fixed rerun the log holds the fixed file: the next upgrade does not call it edited after it was applied", async () => {
    const { p } = await halfApply();
    p.rev("b2", "a1", { up: THREE("CREATE TABLE two (id INT PRIMARY KEY)") });
    ok(p.athanor("upgrade", "head"), "rerun");
    p.rev("c3", "b2", { up: `  await op.execute("CREATE TABLE four (id INT PRIMARY KEY)");` });
    const next = p.athanor("upgrade", "head");
    ok(next, "upgrade to c3");
    assert.doesNotMatch(next.stderr, /was edited after it was applied/);
    // a real edit of an applied revision is still told
    p.rev("b2", "a1", { up: THREE("CREATE TABLE two (id INT PRIMARY KEY, x INT)") });
    p.rev("d4", "c3", { up: `  await op.execute("CREATE TABLE five (id INT PRIMARY KEY)");` });
    const edited = p.athanor("upgrade", "head");
    ok(edited, "upgrade to d4");
    assert.match(edited.stderr, /revision b2 .* was edited after it was applied/);
  });

  test("editing a half-applied revision: a file that can't load and a failure in its code keep the earlier run's account", async () => {
    const { db, p } = await halfApply();
    const row = async () =>
      (await db.query<{ s: string; n: number; f: string | null }>(
        "SELECT status AS s, statements_done AS n, failed_statement AS f FROM athanor_version_log WHERE revision = 'b2' ORDER BY id DESC LIMIT 1",
      )).map((r) => [r.s, Number(r.n), r.f]);
    const before = await row();
    assert.deepEqual(before, [["failed", 1, "CREATE TABLE one (id INT PRIMARY KEY)"]]);
    // a file that no longer parses: the earlier run's committed statement still stands
    p.rev("b2", "a1", { up: `${THREE("CREATE TABLE two (id INT PRIMARY KEY)")}\n  await op.execute("x"` });
    const broken = fails(p.athanor("upgrade", "head"));
    assert.match(broken, /could not import revision b2/);
    assert.match(broken, /1 of its statements had already committed and stay/);
    assert.match(broken, /revision b2 is half-applied/);
    assert.doesNotMatch(broken, /none of its statements/);
    assert.doesNotMatch(p.athanor("upgrade", "head").stderr, /edited after it was applied/, "b2 was never applied");
    assert.deepEqual(await row(), before, "the log row is untouched");
    // the revision's own code throws after its resumed statements: no empty failed statement recorded
    p.rev("b2", "a1", { up: `  await op.execute("CREATE TABLE one (id INT PRIMARY KEY)");\n  throw new Error("not yet");` });
    const threw = fails(p.athanor("upgrade", "head"));
    assert.match(threw, /failed: not yet; 1 of its statements had already committed/);
    assert.deepEqual(await row(), [["failed", 1, null]]);
    assert.match(ok(p.athanor("current")), /half-applied: 1 statement\(s\) committed/);
  });

  test("resolve --applied after finishing the schema by hand", async () => {
    const { db, p } = await halfApply();
    const c = await db.connect();
    await c.query("CREATE TABLE two (id INT PRIMARY KEY)");
    await c.query("CREATE TABLE three (id INT PRIMARY KEY)");
    await c.end();
    assert.match(fails(p.athanor("resolve", "a1", "--applied")), /revision a1 is not half-applied, so there is nothing to resolve; half-applied: b2/);
    assert.match(fails(p.athanor("resolve", "b2")), /exactly one of --applied .* or --rolled-back/);
    const out = ok(p.athanor("resolve", "b2", "--applied"), "resolve");
    assert.match(out, /Resolved b2 as applied: the database is at b2/);
    assert.deepEqual(await versions(db), ["b2"]);
    assert.match(ok(p.athanor("current")), /^b2 \(head\)\n$/);
    const noop = p.athanor("upgrade", "head");
    ok(noop);
    assert.match(noop.stderr + noop.stdout, /Nothing to do/);
    const log = await db.query<{ status: string }>("SELECT status FROM athanor_version_log WHERE revision = 'b2' ORDER BY id");
    assert.deepEqual(log.map((r) => r.status), ["failed", "resolved-applied"]);
    // and it downgrades like any applied revision
    ok(p.athanor("downgrade", "a1"));
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "base_t"]);
  });

  test("resolve --rolled-back after undoing by hand, then the fixed revision runs from its start", async () => {
    const { db, p } = await halfApply();
    const c = await db.connect();
    await c.query("DROP TABLE one");
    await c.end();
    const out = ok(p.athanor("resolve", "b2", "--rolled-back"), "resolve");
    assert.match(out, /Resolved b2 as rolled back: the database stays at a1; the next upgrade runs it from its first statement/);
    assert.deepEqual(await versions(db), ["a1"]);
    assert.match(ok(p.athanor("current")), /^a1\n$/);
    p.rev("b2", "a1", { up: THREE("CREATE TABLE two (id INT PRIMARY KEY)") });
    const up = p.athanor("upgrade", "head");
    ok(up);
    assert.doesNotMatch(up.stderr + up.stdout, /Resuming/);
    assert.deepEqual(await versions(db), ["b2"]);
    assert.deepEqual(await tables(db), ["athanor_version", "athanor_version_log", "base_t", "one", "three", "two"]);
  });

  test("a data-only revision runs in one transaction: its failure commits nothing and leaves nothing half-applied", async () => {
    const { db, p } = await setup();
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE items (id INT PRIMARY KEY)");` });
    p.rev("b2", "a1", {
      up: `  await op.execute("INSERT INTO items (id) VALUES ($1)", [1]);\n  await op.execute("INSERT INTO items (id) VALUES ($1)", [2]);\n  await op.execute("INSERT INTO items (id) VALUES ($1)", [1]);`,
    });
    const msg = fails(p.athanor("upgrade", "head"));
    assert.match(msg, /upgrade a1 -> b2 .* failed: Duplicate entry '1'/);
    assert.match(msg, /none of its statements had committed/);
    assert.deepEqual(await db.query("SELECT id FROM items"), []);
    assert.deepEqual(await versions(db), ["a1"]);
    assert.doesNotMatch(ok(p.athanor("current")), /half-applied/);
    p.rev("b2", "a1", { up: `  await op.execute("INSERT INTO items (id) VALUES ($1)", [1]);\n  await op.execute("INSERT INTO items (id) VALUES ($1)", [2]);` });
    ok(p.athanor("upgrade", "head"));
    assert.deepEqual((await db.query<{ id: number }>("SELECT id FROM items ORDER BY id")).map((r) => r.id), [1, 2]);
    const log = await db.query<{ revision: string; status: string; statements_done: number }>("SELECT revision, status, statements_done FROM athanor_version_log ORDER BY id");
    assert.deepEqual(log.map((r) => [r.revision, r.status, Number(r.statements_done)]), [
      ["a1", "finished", 1],
      ["b2", "finished", 2],
    ]);
  });

  test("per-run is refused, saying why", async () => {
    const { p } = await setup({ transactionMode: "per-run" });
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE x (id INT PRIMARY KEY)");` });
    assert.match(fails(p.athanor("upgrade", "head")), /transactionMode 'per-run' needs DDL that rolls back, and mysql commits each DDL statement by itself/);
  });
});

describe("MariaDB connections the application already has", opts, () => {
  test("migrate() and status() on an adopted mysql2 connection and pool; the application's objects stay open", async () => {
    const { migrate } = await import("../../src/api/migrate.js");
    const mysql = (await import("mysql2")).default;
    const { db, p } = await setup();
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE adopted (id INT PRIMARY KEY)");\n  await op.execute("INSERT INTO adopted (id) VALUES ($1)", [7]);` });
    const u = new URL(db.url);
    const conn = mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: u.username || "root", database: db.name });
    try {
      const r = await migrate({ cwd: p.dir, url: db.url, connection: conn, logger: false });
      assert.deepEqual(r.headsAfter, ["a1"]);
      const [rows] = await conn.promise().query("SELECT id FROM adopted");
      assert.deepEqual(rows, [{ id: 7 }], "the application's connection is still open");
    } finally {
      conn.end();
    }
    const pool = mysql.createPool({ host: u.hostname, port: Number(u.port || 3306), user: u.username || "root", database: db.name, connectionLimit: 2 });
    try {
      const s = await status({ cwd: p.dir, url: db.url, connection: pool });
      assert.deepEqual([s.current, s.upToDate, s.halfApplied], [["a1"], true, []]);
      const [rows] = await pool.promise().query("SELECT COUNT(*) AS n FROM athanor_version");
      assert.equal(Number((rows as { n: number }[])[0]?.n), 1);
    } finally {
      await pool.promise().end();
    }
  });
});

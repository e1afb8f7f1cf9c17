/**
 * SQLite with the application running, as in production, through the built
 * CLI:
 *
 * - WAL mode (set by the application), the application inserting rows in a
 *   loop and another process holding a long read open: `upgrade` rebuilds the
 *   very table the application writes to, and every row the application
 *   inserted is there afterwards; integrity and foreign keys are clean.
 * - Another process holds a write transaction: longer than `lockTimeout`, the
 *   run fails with one line naming the revision, the file and the setting,
 *   and nothing is recorded; shorter, the run waits and succeeds.
 * - An exclusive lock (rollback-journal mode) keeps even readers out: reading
 *   the version table fails with one line saying so, naming the file and
 *   `lockTimeout` (it used to be the driver's bare "database is locked").
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openSqlite } from "../dialects/support/sqlite-file.js";
import type { CliResult } from "../support/cli.js";
import { MigrationProject } from "../support/project.js";
import { holdTransaction, startAppWriter } from "../support/sqlite-processes.js";

const URL = "sqlite:./app.db";

/** Runs SQL on the file over a connection of its own, closed after. */
function setUp(file: string, sql: string): void {
  const db = openSqlite(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

function project(config: Record<string, unknown> = {}): { p: MigrationProject; file: string } {
  const p = new MigrationProject(URL, { url: URL, ...config });
  after(() => p.cleanup());
  return { p, file: join(p.dir, "app.db") };
}

/** Exit 1 with exactly one `error: ` line, no stack trace and no --debug hint; returns its message. */
function fails(r: CliResult): string {
  assert.equal(r.code, 1, `expected exit 1, got ${r.code}\nstderr: ${r.stderr}`);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at |run with --debug/);
  return (errors[0] as string).slice("error: ".length);
}

describe("SQLite with the application's traffic", { concurrency: true }, () => {
  test("WAL, the application inserting in a loop and a long read open: a rebuild of its table keeps every row", async () => {
    const { p, file } = project();
    const seed = 20_000;
    const db = openSqlite(file);
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT, note TEXT);
      CREATE TABLE seen (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE);
      CREATE INDEX ix_events_payload ON events (payload);`);
    db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO events (payload) SELECT 'seed-' || i FROM n").run(seed);
    db.exec("INSERT INTO seen (event_id) SELECT id FROM events WHERE id % 10 = 0");
    db.close();
    // one rebuild of events (a type change and a NOT NULL column with a default), then an index
    p.rev("a1", null, {
      up: `  await op.alterColumn("events", "payload", { type: t.varchar(200) });\n  await op.addColumn("events", { name: "kind", type: t.text(), nullable: false, default: "x" });\n  await op.createIndex("ix_events_kind", "events", ["kind"]);`,
    });
    assert.equal(p.athanor("stamp", "base").code, 0);

    const app = await startAppWriter(file, "events");
    const reader = await holdTransaction(file, "read");
    const r = await p.athanorAsync("upgrade", "head");
    await reader.release();
    const { ids, errors } = await app.stop();
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Done: 1 step committed; the database is at a1/);
    assert.deepEqual(errors, [], "the application waited for the rebuild (busy timeout) and lost no insert");

    const after = openSqlite(file);
    try {
      const count = (sql: string) => Number((after.prepare(sql).get() as { n: number }).n);
      assert.equal(count("SELECT count(*) AS n FROM events"), seed + ids.length);
      const missing = after.prepare("SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM events)").all(JSON.stringify(ids));
      assert.deepEqual(missing, [], "every row the application inserted is there");
      assert.equal(count("SELECT count(*) AS n FROM seen"), seed / 10, "no child row cascaded away");
      assert.deepEqual(after.pragma("integrity_check"), [{ integrity_check: "ok" }]);
      assert.deepEqual(after.pragma("foreign_key_check"), []);
      assert.equal(after.pragma("journal_mode", { simple: true }), "wal", "Athanor never changes the journal mode");
      assert.match((after.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").get() as { sql: string }).sql, /"kind" TEXT NOT NULL DEFAULT 'x'/);
    } finally {
      after.close();
    }
  });

  test("a write transaction held longer than lockTimeout: one line naming the revision, the file and the setting; shorter: it waits", async () => {
    const { p, file } = project({ lockTimeout: 300 });
    setUp(file, "CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)");
    p.rev("a1", null, { up: `  await op.addColumn("events", { name: "kind", type: t.text() });` });
    assert.equal(p.athanor("stamp", "base").code, 0);

    const holder = await holdTransaction(file, "write");
    let msg: string;
    try {
      msg = fails(await p.athanorAsync("upgrade", "head"));
    } finally {
      await holder.release();
    }
    assert.match(msg, /^upgrade <base> -> a1 \(.*a1_rev_a1\.ts\) failed: database is locked: /);
    assert.ok(msg.includes(`another connection kept ${file} locked for longer than this session waits (lockTimeout: 300 ms, PRAGMA busy_timeout)`), msg);
    const db = openSqlite(file);
    assert.deepEqual(db.prepare("SELECT version_num FROM athanor_version").all(), [], "nothing recorded");
    db.close();

    // held for a while, but less than lockTimeout: the run waits for it and goes through
    const patient = project({ lockTimeout: "30s" });
    setUp(patient.file, "CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)");
    patient.p.rev("a1", null, { up: `  await op.addColumn("events", { name: "kind", type: t.text() });` });
    assert.equal(patient.p.athanor("stamp", "base").code, 0);
    const brief = await holdTransaction(patient.file, "write", { releaseAfterMs: 1000 });
    const r = await patient.p.athanorAsync("upgrade", "head");
    await brief.release();
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Done: 1 step committed; the database is at a1/);
  });

  test("an exclusive lock keeps readers out: reading the version table fails with one line naming the file and lockTimeout", async () => {
    const { p, file } = project({ lockTimeout: 200 });
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");` });
    assert.equal(p.athanor("upgrade", "head").code, 0);
    const holder = await holdTransaction(file, "exclusive");
    try {
      for (const args of [["upgrade", "head"], ["current"]]) {
        const msg = fails(await p.athanorAsync(...args));
        assert.match(msg, /^looking for the version table athanor_version failed: database is locked: /, args.join(" "));
        assert.ok(msg.includes(`another connection kept ${file} locked for longer than this session waits (lockTimeout: 200 ms`), msg);
      }
    } finally {
      await holder.release();
    }
    assert.match(p.athanor("current").stdout, /^a1 \(head\)/);
  });
});

/**
 * SQLite: the `athanor` process killed (SIGKILL) in the middle of its work, at
 * a moment each revision announces (then a random few milliseconds later): an
 * upgrade rebuilding a 200,000-row table whose child rows reference it with
 * ON DELETE CASCADE, a downgrade rebuilding the child table, a per-run
 * upgrade, a stamp. After each kill:
 *
 * - the schema is exactly what the version table says (per-run: all or
 *   nothing), and no rebuild's temporary table is left;
 * - every row is there, `PRAGMA integrity_check` and `foreign_key_check` are
 *   clean;
 * - `current` works, and the next run doesn't wait for a lock (the dead
 *   process's lock went with it) and brings the database to head.
 *
 * Whatever the moment of the kill, these hold: nothing here depends on when
 * it lands.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openSqlite } from "../dialects/support/sqlite-file.js";
import { startCli } from "../support/live-cli.js";
import { MigrationProject } from "../support/project.js";

const URL = "sqlite:./app.db";
const BIG = 200_000;
const KIDS = BIG / 4;

const mark = (what: string) => `  console.error("@${what}");`;

function project(): { p: MigrationProject; file: string } {
  const p = new MigrationProject(URL, { url: URL, lockWaitTimeout: 30_000 });
  after(() => p.cleanup());
  const file = join(p.dir, "app.db");
  const db = openSqlite(file);
  db.exec(`CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, note TEXT);
    CREATE TABLE kid (id INTEGER PRIMARY KEY, big_id INTEGER NOT NULL REFERENCES big (id) ON DELETE CASCADE);
    CREATE INDEX ix_kid_big ON kid (big_id);`);
  db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO big (id, payload) SELECT i, 'payload ' || i FROM n").run(BIG);
  db.exec("INSERT INTO kid (big_id) SELECT id FROM big WHERE id % 4 = 0");
  db.close();
  const table = (n: number) => `  await op.createTable("t${n}", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`;
  p.rev("r1", null, { up: `${mark("r1")}\n${table(1)}`, down: `${mark("down r1")}\n  await op.dropTable("t1");` })
    .rev("r2", "r1", {
      // a rebuild of the parent: 200,000 rows copied, its children untouched
      up: `${mark("r2")}\n  await op.alterColumn("big", "note", { type: t.varchar(200) });\n${table(2)}`,
      down: `${mark("down r2")}\n  await op.dropTable("t2");\n  await op.alterColumn("big", "note", { type: t.text() });`,
    })
    .rev("r3", "r2", {
      // a rebuild of the child table, with its foreign key and index
      up: `${mark("r3")}\n  await op.alterColumn("kid", "big_id", { type: t.bigint() });\n${table(3)}`,
      down: `${mark("down r3")}\n  await op.dropTable("t3");\n  await op.alterColumn("kid", "big_id", { type: t.integer() });`,
    })
    .rev("r4", "r3", { up: `${mark("r4")}\n${table(4)}`, down: `${mark("down r4")}\n  await op.dropTable("t4");` });
  assert.equal(p.athanor("stamp", "base").code, 0);
  return { p, file };
}

/** The revision the version table names (0: base), after checking that the schema, the rows and the file agree with it. */
function consistentState(file: string, opts: { schemaFollowsVersion: boolean }): number {
  const db = openSqlite(file);
  try {
    const versions = (db.prepare("SELECT version_num AS v FROM athanor_version").all() as { v: string }[]).map((r) => r.v);
    assert.ok(versions.length <= 1, JSON.stringify(versions));
    const at = versions[0] ? Number(versions[0].slice(1)) : 0;
    assert.deepEqual(db.pragma("integrity_check"), [{ integrity_check: "ok" }]);
    assert.deepEqual(db.pragma("foreign_key_check"), []);
    const count = (table: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    assert.equal(count("big"), BIG);
    assert.equal(count("kid"), KIDS);
    const names = (db.prepare("SELECT name FROM sqlite_master ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    assert.deepEqual(names.filter((n) => n.startsWith("_athanor")), [], "no rebuild left behind");
    assert.ok(names.includes("ix_kid_big"), "the child table's index is there");
    if (opts.schemaFollowsVersion) {
      assert.deepEqual(names.filter((n) => /^t\d$/.test(n)), [1, 2, 3, 4].filter((i) => i <= at).map((i) => `t${i}`), `tables at r${at}`);
      const columnType = (table: string, column: string) =>
        (db.prepare(`SELECT type FROM pragma_table_info('${table}') WHERE name = ?`).get(column) as { type: string }).type;
      assert.equal(columnType("big", "note"), at >= 2 ? "VARCHAR(200)" : "TEXT");
      assert.equal(columnType("kid", "big_id"), at >= 3 ? "BIGINT" : "INTEGER");
    }
    return at;
  } finally {
    db.close();
  }
}

/** `current` works and names the revision; the next upgrade takes the lock at once and reaches head. */
function recovers(p: MigrationProject, file: string, at: number): void {
  const current = p.athanor("current");
  assert.equal(current.code, 0, current.stderr);
  assert.equal(current.stdout.split("\n")[0]?.replace(" (head)", "") ?? "", at ? `r${at}` : "");
  const up = p.athanor("upgrade", "head");
  assert.equal(up.code, 0, up.stderr);
  assert.doesNotMatch(up.stderr, /waiting for migration lock/);
  assert.equal(consistentState(file, { schemaFollowsVersion: true }), 4);
}

/** Runs `athanor ...args`, SIGKILLs it a random few ms after its stderr matches `at`, and waits for it to end. */
async function killAt(p: MigrationProject, args: string[], at: RegExp): Promise<void> {
  const run = startCli(p.dir, args, { DATABASE_URL: p.url });
  await run.until(at);
  await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 150)));
  run.kill("SIGKILL");
  await run.done;
}

describe("SQLite: SIGKILL in the middle of a run", () => {
  test("upgrade (per-migration, per-run), downgrade and stamp killed mid-way: consistent, intact, usable", { timeout: 120_000 }, async () => {
    const { p, file } = project();

    // per-migration upgrade, killed while r2 rebuilds the 200,000-row parent
    await killAt(p, ["upgrade", "head"], /@r2/);
    const afterUpgrade = consistentState(file, { schemaFollowsVersion: true });
    assert.ok(afterUpgrade >= 1 && afterUpgrade <= 4, `r1 had committed: at r${afterUpgrade}`);
    recovers(p, file, afterUpgrade);

    // downgrade, killed while r3's downgrade rebuilds the child table
    await killAt(p, ["downgrade", "base"], /@down r3/);
    const afterDowngrade = consistentState(file, { schemaFollowsVersion: true });
    assert.ok(afterDowngrade <= 3, `r4's downgrade had committed: at r${afterDowngrade}`);
    recovers(p, file, afterDowngrade);

    // per-run: all or nothing
    assert.equal(p.athanor("downgrade", "base").code, 0);
    await killAt(p, ["upgrade", "head", "--transaction-mode", "per-run"], /@r3/);
    const afterPerRun = consistentState(file, { schemaFollowsVersion: true });
    assert.ok(afterPerRun === 0 || afterPerRun === 4, `per-run: at r${afterPerRun}`);
    recovers(p, file, afterPerRun);

    // stamp: the version table alone; the schema stays at head whatever the version says
    await killAt(p, ["stamp", "base"], /Connected to/);
    const stamped = consistentState(file, { schemaFollowsVersion: false });
    assert.ok(stamped === 0 || stamped === 4, `stamp: at r${stamped}`);
    assert.equal(p.athanor("stamp", "head").code, 0);
    recovers(p, file, 4);
  });
});

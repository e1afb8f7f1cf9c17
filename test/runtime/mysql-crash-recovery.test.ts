/**
 * MariaDB, processes that die or lose their connection in the middle of a
 * revision, and what the next run makes of it:
 *
 * - A process killed after a DDL statement committed but before its count
 *   reached the log leaves the revision `running`, one statement short. The
 *   next run resumes it and runs that statement again; when it fails ("already
 *   exists": it had committed), the revision stays half-applied, still
 *   `running`, and the error says the statement may have committed (it used
 *   to be marked `failed` with nothing counted, which no longer counts as
 *   half-applied, and to say none of its statements had committed).
 * - A rerun that resumes a revision which had failed sets its row back to
 *   `running` first: killed after the fixed statement committed, it leaves a
 *   revision whose statement "may or may not have run", not one that "failed
 *   at" the statement of the earlier run (which the next rerun then believed).
 * - A data statement outside a transaction (`transactional = false`) commits
 *   together with its count: a process killed right after it doesn't leave
 *   it uncounted, so the rerun doesn't run it a second time (an UPDATE used to
 *   be applied twice).
 * - `KILL <id>` of the migrating connection during statement 2 of a revision:
 *   the error says statement 2 may or may not have committed; a second
 *   process that was waiting for the migration lock gets it when the first
 *   connection dies, resumes the revision and finishes the run.
 * - The network fails (a proxy hangs up) right after an ALTER was sent: the
 *   server runs it to the end; the error says it may or may not have
 *   committed; the rerun fails on it and keeps the revision half-applied.
 * - The network fails while the finished revision is being recorded: the
 *   error says the record may or may not have committed, and `current` tells.
 * - SIGTERM (a container being stopped) in the middle of a revision: the
 *   revision finishes, the run stops after it with one line, and nothing is
 *   half-applied (the process used to die in the middle of the revision).
 * - `current` and `status()` while another process is in the middle of a
 *   revision: "being applied" (the migration lock is held), not "stopped
 *   without finishing (the process was killed ...)" with advice to resolve it,
 *   as they used to say; once that process is killed, half-applied.
 *
 * What committed is read over a connection of the test's own.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { status } from "../../src/api/status.js";
import { ok } from "../cli/helpers.js";
import type { CliResult } from "../support/cli.js";
import { cuttingProxy } from "../support/cutting-proxy.js";
import { startCli } from "../support/live-cli.js";
import { type MysqlTestDatabase, mysqlProjects, requireMysql } from "../support/mysql-databases.js";

const opts = await requireMysql();
const project = mysqlProjects("athanor_crash");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Exit 1 with exactly one `error: ` line; returns its message. */
function fails(r: CliResult): string {
  assert.equal(r.code, 1, `expected exit 1, got ${r.code}\nstderr: ${r.stderr}`);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  return (errors[0] as string).slice("error: ".length);
}

async function tables(db: MysqlTestDatabase): Promise<string[]> {
  const rows = await db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
  return rows.map((r) => r.t).filter((t) => !t.startsWith("athanor_"));
}

async function lastLog(db: MysqlTestDatabase, revision: string): Promise<[string, number]> {
  const rows = await db.query<{ status: string; done: number }>(
    "SELECT status, statements_done AS done FROM athanor_version_log WHERE revision = ? ORDER BY id DESC LIMIT 1",
    [revision],
  );
  return [rows[0]?.status ?? "", Number(rows[0]?.done)];
}

/** Polls until `probe` holds (the test waits for something another process does; no assertion on how long). */
async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await probe()) return;
    await sleep(50);
  }
  throw new Error(`never happened: ${what}`);
}

/** Hold here (in JavaScript, between two statements) when the env variable is set: the test kills the process meanwhile. */
const HOLD = `  if (process.env.ATHANOR_TEST_HOLD === "1") await new Promise((resolve) => setTimeout(resolve, 60_000));`;

describe("MariaDB: killed processes and lost connections", opts, () => {
  test("killed before a DDL statement's count reached the log: the rerun that fails on it keeps the revision half-applied", async () => {
    const { db, p } = await project();
    p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");` })
      .rev("k2", "k1", { up: `  await op.execute("CREATE TABLE k2 (id INT PRIMARY KEY)");\n${HOLD}\n  await op.execute("CREATE TABLE k2b (id INT PRIMARY KEY)");` })
      .rev("k3", "k2", { up: `  await op.execute("CREATE TABLE k3 (id INT PRIMARY KEY)");` });
    const first = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url, ATHANOR_TEST_HOLD: "1" });
    await until(async () => (await tables(db)).includes("k2"), "k2 created");
    first.kill("SIGKILL");
    await first.done;
    // the count of CREATE TABLE k2 is written with the next statement: the row says 0, running
    assert.deepEqual(await lastLog(db, "k2"), ["running", 0]);

    const rerun = p.athanor("upgrade", "head");
    assert.match(rerun.stderr, /Resuming k2 after its 0 committed statement\(s\); statement 1 was running when its earlier run stopped and may have committed then: it runs again/);
    const msg = fails(rerun);
    assert.match(msg, /^upgrade k1 -> k2 \(.*k2_rev_k2\.ts\) failed: Table 'k2' already exists; statement 1: CREATE TABLE k2/);
    assert.match(msg, /statement 1 was running when an earlier run of k2 stopped \(killed, or its connection lost\), so it may have committed then: revision k2 is half-applied/);
    assert.match(msg, /if statement 1 did commit, finish the revision by hand and run 'athanor resolve k2 --applied'/);
    assert.doesNotMatch(msg, /none of its statements had committed/);
    assert.deepEqual(await lastLog(db, "k2"), ["running", 0], "still running: whether statement 1 committed is not known from the log");

    const current = p.athanor("current");
    assert.equal(current.code, 0, current.stderr);
    assert.match(current.stdout, /k2 \(half-applied: 0 statement\(s\) committed, then it stopped\)/);
    assert.match(fails(p.athanor("downgrade", "base")), /^refusing to downgrade: revision k2 .* is half-applied/);

    // the runbook: finish it by hand, record it, go on
    const c = await db.connect();
    await c.query("CREATE TABLE k2b (id INT PRIMARY KEY)");
    await c.end();
    ok(p.athanor("resolve", "k2", "--applied"), "resolve");
    ok(p.athanor("upgrade", "head"), "upgrade after resolve");
    assert.deepEqual(await tables(db), ["k1", "k2", "k2b", "k3"]);
  });

  test("a rerun of a failed revision, killed after its fixed statement committed: running, not 'failed at' the old statement", async () => {
    const { db, p } = await project();
    const revision = (second: string) => ({
      up: `  await op.execute("CREATE TABLE one (id INT PRIMARY KEY)");\n  await op.execute(${JSON.stringify(second)});\n${HOLD}\n  await op.execute("CREATE TABLE three (id INT PRIMARY KEY)");`,
    });
    p.rev("b2", null, revision("CREATE TABLE one (id INT PRIMARY KEY)"));
    assert.match(fails(p.athanor("upgrade", "head")), /Table 'one' already exists; statement 2/);
    assert.deepEqual(await lastLog(db, "b2"), ["failed", 1]);
    // the fix; its rerun is killed once the fixed statement has committed
    p.rev("b2", null, revision("CREATE TABLE two (id INT PRIMARY KEY)"));
    const rerun = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url, ATHANOR_TEST_HOLD: "1" });
    await until(async () => (await tables(db)).includes("two"), "two created");
    rerun.kill("SIGKILL");
    await rerun.done;
    assert.deepEqual(await lastLog(db, "b2"), ["running", 1]);
    const current = p.athanor("current");
    assert.match(current.stdout, /b2 \(half-applied: 1 statement\(s\) committed, then it stopped\)/);
    assert.doesNotMatch(current.stderr, /CREATE TABLE one \(id INT PRIMARY KEY\)\) after/, "not the earlier failure");
    const again = fails(p.athanor("upgrade", "head"));
    assert.match(again, /Table 'two' already exists; statement 2: .*statement 2 was running when an earlier run of b2 stopped .* so it may have committed then/);
  });

  test("transactional = false: a data statement commits with its count, so a rerun after a kill doesn't run it again", async () => {
    const { db, p } = await project();
    const c = await db.connect();
    await c.query("CREATE TABLE account (id INT PRIMARY KEY, balance INT NOT NULL)");
    await c.query("INSERT INTO account VALUES (1, 100)");
    await c.end();
    ok(p.athanor("stamp", "base"), "stamp base");
    p.rev("n1", null, {
      transactional: false,
      up: `  await op.execute("UPDATE account SET balance = balance + 10 WHERE id = 1");\n${HOLD}\n  await op.execute("CREATE TABLE n1 (id INT PRIMARY KEY)");`,
    });
    const first = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url, ATHANOR_TEST_HOLD: "1" });
    const balance = async () => Number((await db.query<{ b: number }>("SELECT balance AS b FROM account"))[0]?.b);
    await until(async () => (await balance()) === 110, "the UPDATE committed");
    first.kill("SIGKILL");
    await first.done;
    assert.deepEqual(await lastLog(db, "n1"), ["running", 1], "the UPDATE is counted: it committed with its count");

    const rerun = p.athanor("upgrade", "head");
    ok(rerun, "rerun");
    assert.match(rerun.stderr, /Resuming n1 after its 1 committed statement\(s\)/);
    assert.equal(await balance(), 110, "the UPDATE ran once");
    assert.deepEqual(await tables(db), ["account", "n1"]);
    assert.deepEqual(await lastLog(db, "n1"), ["finished", 2]);
  });

  test("KILL of the migrating connection during statement 2: 'may or may not have committed'; the waiting process takes over and finishes", async () => {
    const { db, p } = await project();
    // statement 2 sleeps until a table named go_on exists (the same statement, and checksum, in both runs; the catalog takes no row locks)
    const SLEEP = "DO SLEEP(IF((SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'go_on') > 0, 0, 60))";
    p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");` })
      .rev("k2", "k1", {
        up: `  await op.execute("CREATE TABLE k2 (id INT PRIMARY KEY)");\n  await op.execute(${JSON.stringify(SLEEP)});\n  await op.execute("CREATE TABLE k2b (id INT PRIMARY KEY)");`,
      })
      .rev("k3", "k2", { up: `  await op.execute("CREATE TABLE k3 (id INT PRIMARY KEY)");` });
    const first = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url });
    let sleeper = 0;
    await until(async () => {
      const rows = await db.query<{ id: number }>("SELECT id FROM information_schema.processlist WHERE info LIKE 'DO SLEEP(IF(%'");
      sleeper = Number(rows[0]?.id ?? 0);
      return sleeper > 0;
    }, "statement 2 running");
    const second = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url });
    await second.until(new RegExp(`waiting for migration lock… \\(held by connection id ${sleeper}\\)`));
    const c = await db.connect();
    await c.query("CREATE TABLE go_on (id INT PRIMARY KEY)");
    await c.query(`KILL ${sleeper}`);
    await c.end();

    const msg = fails(await first.done);
    assert.match(msg, /^upgrade k1 -> k2 \(.*\) failed: .*; statement 2: DO SLEEP/);
    assert.match(msg, /1 of its statements had already committed and stay, and statement 2 may or may not have committed \(the connection was lost while it ran\): revision k2 is half-applied/);

    const took = await second.done;
    assert.equal(took.code, 0, took.stderr);
    assert.match(took.stderr, /got the migration lock after/);
    assert.match(took.stderr, /Resuming k2 after its 1 committed statement\(s\); statement 2 was running when its earlier run stopped/);
    assert.match(took.stderr, /Done: 2 steps committed; the database is at k3/);
    assert.deepEqual(await tables(db), ["go_on", "k1", "k2", "k2b", "k3"]);
    assert.deepEqual(await lastLog(db, "k2"), ["finished", 3]);
  });

  test("SIGTERM in the middle of a revision: it finishes, the run stops after it, nothing half-applied", async () => {
    const { db, p } = await project();
    const go = JSON.stringify(join(p.dir, "go"));
    p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");` })
      .rev("k2", "k1", {
        up: `  await op.execute("CREATE TABLE k2 (id INT PRIMARY KEY)");\n  console.error("@k2");\n  const { existsSync } = await import("node:fs");\n  while (!existsSync(${go})) await new Promise((resolve) => setTimeout(resolve, 20));\n  await op.execute("CREATE TABLE k2b (id INT PRIMARY KEY)");`,
      })
      .rev("k3", "k2", { up: `  await op.execute("CREATE TABLE k3 (id INT PRIMARY KEY)");` });
    const run = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url });
    await run.until(/@k2/);
    run.kill("SIGTERM");
    await run.until(/received SIGTERM: stopping after the revision that is running/);
    writeFileSync(join(p.dir, "go"), "");
    const msg = fails(await run.done);
    assert.equal(msg, "stopped by SIGTERM before upgrade k2 -> k3; 2 revision(s) committed, the database is at k2");
    assert.deepEqual(await tables(db), ["k1", "k2", "k2b"]);
    assert.deepEqual(await lastLog(db, "k2"), ["finished", 2]);
    assert.match(ok(p.athanor("current")), /^k2\n$/);
  });

  test("current and status() while another process applies a revision: being applied, not stopped; killed: half-applied", async () => {
    const { db, p } = await project();
    p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");\n${HOLD}\n  await op.execute("CREATE TABLE k1b (id INT PRIMARY KEY)");` });
    const run = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url, ATHANOR_TEST_HOLD: "1" });
    await until(async () => (await tables(db)).includes("k1"), "k1 created");
    const during = p.athanor("current");
    assert.equal(during.code, 0, during.stderr);
    assert.match(during.stdout, /^k1 \(being applied: 0 statement\(s\) committed so far\)$/m);
    assert.match(during.stderr, /revision k1 \(.*\) is being applied right now \(the migration lock is held by connection id \d+\): .*; wait for that run to end/);
    assert.doesNotMatch(during.stderr, /warning:|killed|athanor resolve/);
    const s = await status({ cwd: p.dir, url: db.url });
    assert.equal(s.upToDate, false);
    assert.deepEqual(
      s.halfApplied.map((h) => [h.revision, h.status, h.inProgress]),
      [["k1", "running", true]],
    );
    run.kill("SIGKILL");
    await run.done;
    // the lock went with the connection: now it is half-applied
    await until(async () => (await status({ cwd: p.dir, url: db.url })).halfApplied.every((h) => !h.inProgress), "the lock released");
    const afterKill = p.athanor("current");
    assert.match(afterKill.stdout, /^k1 \(half-applied: 0 statement\(s\) committed, then it stopped\)$/m);
    assert.match(afterKill.stderr, /warning: revision k1 .* is half-applied: its upgrade stopped without finishing/);
  });

  test("the network fails right after an ALTER is sent: 'may or may not have committed'; it had, and the rerun keeps the revision half-applied", async () => {
    const { db, p } = await project();
    const c = await db.connect();
    await c.query("CREATE TABLE orders (id INT PRIMARY KEY)");
    await c.end();
    ok(p.athanor("stamp", "base"), "stamp base");
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE audit (id INT PRIMARY KEY)");\n  await op.execute("ALTER TABLE orders ADD COLUMN note VARCHAR(20)");` });
    const server = new URL(db.url);
    const proxy = await cuttingProxy({ host: server.hostname, port: Number(server.port || 3306) }, "ALTER TABLE orders", "after");
    let r: CliResult;
    try {
      const through = new URL(db.url);
      through.host = `127.0.0.1:${proxy.port}`;
      r = await p.runAsync(["upgrade", "head"], { env: { DATABASE_URL: through.toString() } });
    } finally {
      await proxy.close();
    }
    assert.ok(proxy.cut());
    const msg = fails(r);
    assert.match(msg, /1 of its statements had already committed and stay, and statement 2 may or may not have committed \(the connection was lost while it ran\): revision a1 is half-applied/);
    // the server ran the ALTER to its end; the rerun waits for that session's migration lock, then runs it again
    const rerun = fails(p.athanor("upgrade", "head"));
    assert.match(rerun, /failed: Duplicate column name 'note'; statement 2: ALTER TABLE orders/);
    assert.match(rerun, /statement 2 was running when an earlier run of a1 stopped \(killed, or its connection lost\), so it may have committed then, after its 1 statement\(s\) before it: revision a1 is half-applied/);
    assert.deepEqual(await lastLog(db, "a1"), ["running", 1]);
    assert.match(ok(p.athanor("current")), /a1 \(half-applied: 1 statement\(s\) committed, then it stopped\)/);
    ok(p.athanor("resolve", "a1", "--applied"), "resolve");
    assert.match(ok(p.athanor("current")), /^a1 \(head\)/);
  });

  test("the network fails while the finished revision is being recorded: the error says the record may or may not have committed", async () => {
    const { db, p } = await project();
    p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");\n  await op.execute("CREATE TABLE k1b (id INT PRIMARY KEY)");` });
    const server = new URL(db.url);
    // the log row's finished mark goes in the same transaction as the version row, just before COMMIT: never sent
    const proxy = await cuttingProxy({ host: server.hostname, port: Number(server.port || 3306) }, "SET status = 'finished'", "before");
    let r: CliResult;
    try {
      const through = new URL(db.url);
      through.host = `127.0.0.1:${proxy.port}`;
      r = await p.runAsync(["upgrade", "head"], { env: { DATABASE_URL: through.toString() } });
    } finally {
      await proxy.close();
    }
    assert.ok(proxy.cut());
    const msg = fails(r);
    assert.match(msg, /^upgrade <base> -> k1 \(.*\) failed: .*; all 2 of its statements had committed, and the connection was lost while recording it as applied, which may or may not have committed: 'athanor current' tells; if it lists k1 as half-applied, run 'athanor resolve k1 --applied'/);
    assert.deepEqual(await tables(db), ["k1", "k1b"]);
    assert.match(ok(p.athanor("current")), /k1 \(half-applied: 1 statement\(s\) committed, then it stopped\)/, "the record did not commit here");
    ok(p.athanor("resolve", "k1", "--applied"), "resolve");
    assert.match(ok(p.athanor("current")), /^k1 \(head\)/);
  });
});

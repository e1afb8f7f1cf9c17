/**
 * MariaDB, many processes and killed ones: 8 `upgrade head` processes over 50
 * revisions all exit 0 and every revision runs exactly once (GET_LOCK); a
 * process killed with SIGKILL in the middle of a revision leaves it
 * half-applied, which `current` reports and a fixed rerun resumes;
 * lockWaitTimeout; `wait` retries a refused port and fails at once on an
 * unknown database.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("concurrency on MariaDB", opts, () => {
  test("8 processes upgrade head over 50 revisions: all exit 0, each revision runs once", async () => {
    const { db, p } = await setup();
    p.rev("r000", null, { up: `  await op.execute("CREATE TABLE applied (rev VARCHAR(10) NOT NULL, at DATETIME(6) DEFAULT NOW(6))");` });
    let prev = "r000";
    for (let i = 1; i < 50; i++) {
      const id = `r${String(i).padStart(3, "0")}`;
      // a DDL statement and a row: the revision is counted statement by statement
      p.rev(id, prev, {
        up: `  await op.execute("CREATE TABLE t_${id} (id INT PRIMARY KEY)");\n  await op.execute("INSERT INTO applied (rev) VALUES ($1)", [${JSON.stringify(id)}]);`,
      });
      prev = id;
    }
    assert.equal(p.athanor("heads").code, 0);
    const runs = await Promise.all(Array.from({ length: 8 }, () => p.athanorAsync("upgrade", "head")));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const counts = await db.query<{ rev: string; n: number }>("SELECT rev, COUNT(*) AS n FROM applied GROUP BY rev ORDER BY rev");
    assert.equal(counts.length, 49);
    assert.ok(counts.every((c) => Number(c.n) === 1), JSON.stringify(counts.filter((c) => Number(c.n) !== 1)));
    // the log, over a second connection: one finished row per revision, counting both statements
    const log = await db.query<{ revision: string; n: number; done: number; status: string }>(
      "SELECT revision, COUNT(*) AS n, MAX(statements_done) AS done, MAX(status) AS status FROM athanor_version_log GROUP BY revision ORDER BY revision",
    );
    assert.equal(log.length, 50);
    assert.ok(log.every((l) => Number(l.n) === 1 && l.status === "finished"), JSON.stringify(log.filter((l) => Number(l.n) !== 1)));
    assert.ok(log.filter((l) => l.revision !== "r000").every((l) => Number(l.done) === 2));
    const heads = await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version");
    assert.deepEqual(heads.map((h) => h.v), ["r049"]);
    const waited = runs.filter((r) => /waiting for migration lock/.test(r.stderr));
    assert.ok(waited.length >= 1, "some process must have waited for the lock");
    assert.ok(waited.some((r) => /held by connection id \d+/.test(r.stderr)), waited.map((r) => r.stderr).join("\n---\n"));
    const total = runs.reduce((n, r) => n + (r.stderr.match(/Running upgrade/g)?.length ?? 0), 0);
    assert.equal(total, 50, "50 steps in all, across the processes");
  });

  test("SIGKILL in the middle of a revision: current reports it half-applied, a fixed rerun resumes it", async () => {
    const { db, p } = await setup();
    p.rev("k001", null, { up: `  await op.execute("CREATE TABLE k1 (id INT PRIMARY KEY)");` })
      .rev("k002", "k001", { up: `  await op.execute("CREATE TABLE k2 (id INT PRIMARY KEY)");\n  await op.execute("DO SLEEP(30)");\n  await op.execute("CREATE TABLE k2b (id INT PRIMARY KEY)");` })
      .rev("k003", "k002", { up: `  await op.execute("CREATE TABLE k3 (id INT PRIMARY KEY)");` });
    assert.equal(p.athanor("heads").code, 0);
    const child = p.athanorAsync("upgrade", "head");
    let sleeping: { id: number }[] = [];
    for (let i = 0; i < 200 && sleeping.length === 0; i++) {
      await sleep(100);
      sleeping = await db.query<{ id: number }>("SELECT id FROM information_schema.processlist WHERE info LIKE 'DO SLEEP(30)%'");
    }
    assert.equal(sleeping.length, 1, "the sleeping statement never started");
    process.kill(child.pid as number, "SIGKILL");
    await child;
    // the server ends the dead client's statement (and its GET_LOCK) when it notices; don't wait 30 s for that
    for (const s of sleeping) await db.query(`KILL ${Number(s.id)}`).catch(() => {});
    const mid = await db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'k%' ORDER BY 1");
    assert.deepEqual(mid.map((r) => r.t), ["k1", "k2"], "k002's CREATE TABLE k2 committed by itself");
    assert.deepEqual((await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version")).map((h) => h.v), ["k001"]);
    const current = p.athanor("current");
    assert.equal(current.code, 0, current.stderr);
    assert.match(current.stdout, /k002 \(half-applied: 1 statement\(s\) committed, then it stopped\)/);
    assert.match(current.stderr, /its upgrade stopped without finishing \(the process was killed or lost its connection\) after 1 of its statements committed; statement 2 may or may not have run/);
    const refused = p.athanor("upgrade", "k001");
    assert.notEqual(refused.code, 0);
    p.rev("k002", "k001", { up: `  await op.execute("CREATE TABLE k2 (id INT PRIMARY KEY)");\n  await op.execute("CREATE TABLE k2b (id INT PRIMARY KEY)");` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Resuming k002 after its 1 committed statement\(s\)/);
    const end = await db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'k%' ORDER BY 1");
    assert.deepEqual(end.map((x) => x.t), ["k1", "k2", "k2b", "k3"]);
    assert.deepEqual((await db.query<{ v: string }>("SELECT version_num AS v FROM athanor_version")).map((h) => h.v), ["k003"]);
  });

  test("lockWaitTimeout: a process gives up naming the holder's connection id; migrationLock: false takes no lock", async () => {
    const { db, p } = await setup({ lockWaitTimeout: 300 });
    p.rev("w001", null, { up: `  await op.execute("CREATE TABLE w (id INT PRIMARY KEY)");` });
    // another session holds the migration lock: GET_LOCK('athanor:<database>.<version table>')
    const holder = await db.connect();
    try {
      const [[me]] = (await holder.query("SELECT CONNECTION_ID() AS id, GET_LOCK(?, 0) AS got", [`athanor:${db.name}.athanor_version`])) as unknown as [
        { id: number; got: number }[],
      ];
      assert.equal(Number(me?.got), 1);
      const blocked = p.athanor("upgrade", "head");
      assert.equal(blocked.code, 1);
      assert.match(blocked.stderr, new RegExp(`gave up waiting for the migration lock after 300 ms \\(held by connection id ${me?.id}\\)`));
      assert.deepEqual(await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"), [], "nothing created before the lock");
    } finally {
      await holder.end();
    }
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);

    const { p: unlocked } = await setup({ migrationLock: false });
    unlocked.rev("u001", null, { up: `  await op.execute("CREATE TABLE u (id INT PRIMARY KEY)");` });
    const u = unlocked.athanor("upgrade", "head");
    assert.equal(u.code, 0, u.stderr);
  });

  test("wait: an unknown database fails at once, a refused port is retried", () => {
    const p = new MigrationProject("mysql://root@127.0.0.1:3306/x");
    cleanups.push(() => p.cleanup());
    const missing = p.run(["wait", "--attempts", "5", "--interval", "0.1"], { env: { DATABASE_URL: "mysql://root@127.0.0.1:3306/athanor_no_such_db" } });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /error: cannot connect to mysql:\/\/root@127\.0\.0\.1:3306\/athanor_no_such_db: .*Unknown database.*\(not retrying\)/);
    assert.doesNotMatch(missing.stderr, /attempt 1\/5/);
    const refused = p.run(["wait", "--attempts", "2", "--interval", "0.1"], { env: { DATABASE_URL: "mysql://root:s3cret@127.0.0.1:1/app" } });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /waiting for database mysql:\/\/root:\*+@127\.0\.0\.1:1\/app \(attempt 1\/2\)/);
    assert.match(refused.stderr, /still not reachable after 2 attempts/);
    assert.doesNotMatch(refused.stderr + refused.stdout, /s3cret/);
  });
});

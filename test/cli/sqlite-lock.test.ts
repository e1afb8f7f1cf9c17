/**
 * SQLite: processes on one database file take turns. The migration lock is
 * a write transaction on the file's companion `<file>-athanor-lock`; eight
 * `upgrade head` processes racing over 50 revisions all exit 0, and each
 * revision ran exactly once (read over a second connection). A process that
 * finds the lock taken says what it waits for, and gives up after
 * lockWaitTimeout.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { chmodSync, existsSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import "../../src/dialects/registry.js"; // first: the dialects load through it (sqlite/quote.ts -> unsupported.ts -> registry.ts)
import { betterSqlite3Driver, lockFileOf, openSqliteDatabase } from "../../src/dialects/sqlite/index.js";
import { revisionFile, TempProject } from "../support/cli.js";

const REVISIONS = 50;
const PROCESSES = 8;

function project(revisions: number, config: Record<string, unknown> = {}): TempProject {
  const p = new TempProject("athanor-sqlite-lock-");
  after(() => p.cleanup());
  p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", url: "sqlite:./data/app.db", ...config }));
  const id = (i: number) => `s${String(i).padStart(4, "0")}`;
  for (let i = 1; i <= revisions; i++) {
    const create = i === 1 ? '  await op.execute("CREATE TABLE applied (rev TEXT NOT NULL)");\n' : "";
    p.write(
      `migrations/versions/${id(i)}_step.mjs`,
      revisionFile({
        rev: id(i),
        down: i === 1 ? null : id(i - 1),
        // a pause while holding the lock, so that the others arrive while this one works
        upgrade: `${create}  await new Promise((resolve) => setTimeout(resolve, 5));\n  await op.execute("INSERT INTO applied (rev) VALUES ('${id(i)}')");`,
      }),
    );
  }
  return p;
}

describe("SQLite: processes on one file take turns", { concurrency: true }, () => {
  test(`${PROCESSES} processes race upgrade head over ${REVISIONS} revisions: each revision runs exactly once`, async () => {
    const p = project(REVISIONS);
    const runs = await Promise.all(Array.from({ length: PROCESSES }, () => p.runAsync(["upgrade", "head"])));
    for (const r of runs) assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}`);
    const stepLines = runs.flatMap((r) => r.stderr.split("\n").filter((l) => l.startsWith("Running upgrade")));
    assert.equal(stepLines.length, REVISIONS, runs.map((r) => r.stderr).join("\n---\n"));
    // what was committed, over a connection of the test's own
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(p.dir, "data/app.db")}` });
    try {
      const heads = (await conn.query<{ version_num: string }>("SELECT version_num FROM athanor_version")).rows.map((r) => r.version_num);
      const logged = (await conn.query<{ revision: string; n: number }>("SELECT revision, count(*) AS n FROM athanor_version_log WHERE direction = 'up' GROUP BY revision")).rows;
      const applied = (await conn.query<{ rev: string; n: number }>("SELECT rev, count(*) AS n FROM applied GROUP BY rev")).rows;
      assert.deepEqual(heads, [`s${String(REVISIONS).padStart(4, "0")}`]);
      assert.equal(logged.length, REVISIONS);
      assert.ok(logged.every((r) => r.n === 1), JSON.stringify(logged.filter((r) => r.n !== 1)));
      assert.equal(applied.length, REVISIONS);
      assert.ok(applied.every((r) => r.n === 1), JSON.stringify(applied.filter((r) => r.n !== 1)));
    } finally {
      await conn.close();
    }
  });

  test("a process that finds the lock taken says what it waits for, and gives up after lockWaitTimeout", async () => {
    const p = project(1, { lockWaitTimeout: 300 });
    const file = join(p.dir, "data/app.db");
    // another process's run, as the lock file sees it: a write transaction held on it
    (await betterSqlite3Driver.connect({ url: `sqlite:${file}` })).close();
    const holder = await openSqliteDatabase(`sqlite:${lockFileOf(file)}`);
    try {
      holder.exec("BEGIN IMMEDIATE");
      const r = await p.runAsync(["upgrade", "head"]);
      assert.notEqual(r.code, 0);
      assert.ok(r.stderr.includes(`waiting for migration lock… (another process's write lock on ${file})`), r.stderr);
      assert.match(r.stderr, /gave up waiting for the migration lock after 300 ms .*raise lockWaitTimeout/);
      const zero = project(1, { lockWaitTimeout: 0 });
      const zfile = join(zero.dir, "data/app.db");
      (await betterSqlite3Driver.connect({ url: `sqlite:${zfile}` })).close();
      const zholder = await openSqliteDatabase(`sqlite:${lockFileOf(zfile)}`);
      zholder.exec("BEGIN IMMEDIATE");
      const z = await zero.runAsync(["upgrade", "head"]);
      zholder.close();
      assert.notEqual(z.code, 0);
      assert.match(z.stderr, /another process holds the migration lock \(another process's write lock on .*\); not waiting \(lockWaitTimeout is 0\)/);
    } finally {
      holder.close();
    }
    // the holder gone, the run goes through
    const r = await p.runAsync(["upgrade", "head"]);
    assert.equal(r.code, 0, r.stderr);
  });

  test("one database reached through a symbolic link takes the same lock; an unwritable folder is named", async () => {
    const p = project(1, { lockWaitTimeout: 0, url: "sqlite:./linked.db" });
    const file = join(p.dir, "data/app.db");
    (await betterSqlite3Driver.connect({ url: `sqlite:${file}` })).close();
    symlinkSync(file, join(p.dir, "linked.db"));
    const holder = await openSqliteDatabase(`sqlite:${lockFileOf(file)}`);
    try {
      holder.exec("BEGIN IMMEDIATE");
      const r = await p.runAsync(["upgrade", "head"]);
      assert.notEqual(r.code, 0, r.stderr);
      assert.match(r.stderr, /another process holds the migration lock/);
    } finally {
      holder.close();
    }
    assert.equal(existsSync(join(p.dir, "linked.db-athanor-lock")), false, "no second lock file next to the link");
    // a folder this user can't write: the lock file and the folder are named (root writes anywhere: not tested as root)
    if (process.getuid?.() !== 0) {
      chmodSync(join(p.dir, "data"), 0o555);
      try {
        const r = await p.runAsync(["upgrade", "head"]);
        assert.notEqual(r.code, 0);
        assert.match(r.stderr, /can't write the migration lock file .*app\.db-athanor-lock.*the folder .*data must be writable/);
      } finally {
        chmodSync(join(p.dir, "data"), 0o755);
      }
    }
  });

  test("a lock held by a process that died is free: the operating system let go of it", async () => {
    const p = project(2);
    const file = join(p.dir, "data/app.db");
    (await betterSqlite3Driver.connect({ url: `sqlite:${file}` })).close();
    // a process that takes the lock and is killed while holding it
    const script = `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))}); const d = new D(${JSON.stringify(lockFileOf(file))}); d.exec("BEGIN IMMEDIATE"); console.log("held"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["-e", script]);
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const r = await p.runAsync(["upgrade", "head"]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /waiting for migration lock/);
  });
});

/**
 * The lock beside a PGlite directory: one process at a time, a dead owner's
 * lock taken over, a live owner's waited for (and never removed).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { lockPgliteDir } from "../../src/dialects/postgres/pglite-dir-lock.js";
import { isAthanorError } from "../../src/errors.js";
import { AthanorError, migrate } from "../../src/index.js";
import { TempProject, URL_FREE_ENV } from "../support/cli.js";
import { MigrationProject } from "../support/project.js";

const root = mkdtempSync(join(tmpdir(), "athanor-lock-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** A pid that no process has (a child that has exited). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid ?? 999_999;
}

describe("PGlite directory lock", () => {
  test("taken with this process's pid in it, refused twice in one process, gone once released", async () => {
    const dir = join(root, "a");
    const release = await lockPgliteDir(dir);
    assert.equal(readFileSync(`${dir}.lock`, "utf8"), String(process.pid));
    await assert.rejects(lockPgliteDir(dir), (e: unknown) => isAthanorError(e) && /already open in this process/.test(e.message));
    release();
    assert.equal(existsSync(`${dir}.lock`), false);
  });

  test("a dead owner's lock, an empty one and a garbled one are taken over", async () => {
    for (const [name, content] of [["dead", String(await deadPid())], ["empty", ""], ["garbled", "not a pid"]] as const) {
      const dir = join(root, name);
      writeFileSync(`${dir}.lock`, content);
      const release = await lockPgliteDir(dir, 2_000);
      assert.equal(readFileSync(`${dir}.lock`, "utf8"), String(process.pid), name);
      release();
    }
  });

  test("a lock naming this process's pid that this process doesn't hold is a dead process's, taken over", async () => {
    // A container restarted after a SIGKILL (OOM, grace period over) runs its command with the same pid again
    // (often 1): the lock the killed process left names this one, which never opened the directory.
    const dir = join(root, "same-pid");
    writeFileSync(`${dir}.lock`, String(process.pid));
    const release = await lockPgliteDir(dir, 2_000);
    assert.equal(readFileSync(`${dir}.lock`, "utf8"), String(process.pid));
    await assert.rejects(lockPgliteDir(dir), (e: unknown) => isAthanorError(e) && /already open in this process/.test(e.message));
    release();
    assert.equal(existsSync(`${dir}.lock`), false);
  });

  test("a second copy of the module (Athanor loaded by require and by import) sees this process's locks as held", async () => {
    // a separate module instance, as the CommonJS and ESM builds are in one process
    const copy = (await import(`../../src/dialects/postgres/pglite-dir-lock.js?copy=${Date.now()}`)) as { lockPgliteDir: typeof lockPgliteDir };
    assert.notEqual(copy.lockPgliteDir, lockPgliteDir);
    const dir = join(root, "two-copies");
    const release = await lockPgliteDir(dir);
    // not taken over as a dead process's: two PGlite instances on one directory would corrupt it
    await assert.rejects(copy.lockPgliteDir(dir, 1_000), (e: unknown) => isAthanorError(e) && /already open in this process/.test(e.message));
    release();
    const again = await copy.lockPgliteDir(dir, 1_000);
    await assert.rejects(lockPgliteDir(dir, 1_000), (e: unknown) => isAthanorError(e) && /already open in this process/.test(e.message));
    again();
    assert.equal(existsSync(`${dir}.lock`), false);
  });

  test("a live owner's lock is waited for, never removed", async () => {
    const dir = join(root, "live");
    const owner = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      writeFileSync(`${dir}.lock`, String(owner.pid));
      await assert.rejects(lockPgliteDir(dir, 300), (e: unknown) => isAthanorError(e) && e.code === "DB.BUSY" && e.message.includes(String(owner.pid)));
      assert.equal(readFileSync(`${dir}.lock`, "utf8"), String(owner.pid));
    } finally {
      owner.kill();
    }
  });

  test("lockWaitTimeout bounds the wait, which is said once; 0 refuses at once", { timeout: 30_000 }, async () => {
    const dir = join(root, "bounded");
    const owner = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      writeFileSync(`${dir}.lock`, String(owner.pid));
      await assert.rejects(lockPgliteDir(dir, 0), (e: unknown) => isAthanorError(e) && e.code === "DB.BUSY" && /not waiting \(lockWaitTimeout is 0\)/.test(e.message));
      const lines: string[] = [];
      await assert.rejects(lockPgliteDir(dir, 400, undefined, (l) => lines.push(l)), (e: unknown) => isAthanorError(e) && /gave up after 400 ms; raise lockWaitTimeout/.test(e.message));
      assert.deepEqual(lines, [`waiting for the PGlite database ${dir}, in use by process ${owner.pid}…`]);

      // the CLI: the config's lockWaitTimeout reaches the wait, and the wait is on stderr
      const project = new TempProject();
      after(() => project.cleanup());
      project.write("athanor.config.json", JSON.stringify({ url: "pglite:./data", lockWaitTimeout: 500 }));
      project.write("migrations/versions/.gitkeep", "");
      writeFileSync(join(project.dir, "data.lock"), String(owner.pid));
      const r = project.run(["upgrade", "head"], { env: URL_FREE_ENV });
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /waiting for the PGlite database .*data, in use by process \d+…/);
      assert.match(r.stderr, /gave up after 500 ms; raise lockWaitTimeout or stop that process/);
      assert.equal(readFileSync(join(project.dir, "data.lock"), "utf8"), String(owner.pid), "the owner's lock stays");
    } finally {
      owner.kill();
    }
  });

  test("a stop (SIGTERM, migrate()'s signal) ends the wait for a live owner's lock at once", { timeout: 30_000 }, async () => {
    const dir = join(root, "stopped");
    const owner = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      writeFileSync(`${dir}.lock`, String(owner.pid));
      const ac = new AbortController();
      setTimeout(() => ac.abort(new AthanorError("ABORTED", "stopped by SIGTERM")), 300);
      const started = Date.now();
      await assert.rejects(lockPgliteDir(dir, 20_000, ac.signal), (e: unknown) => {
        assert.ok(isAthanorError(e) && e.code === "ABORTED", String(e));
        assert.equal(e.message, `stopped by SIGTERM while waiting for the PGlite database ${dir}, in use by process ${owner.pid}`);
        return true;
      });
      assert.ok(Date.now() - started < 5_000, `waited ${Date.now() - started} ms`);
      assert.equal(readFileSync(`${dir}.lock`, "utf8"), String(owner.pid), "the owner's lock stays");

      // through migrate(): its signal reaches the wait inside the connection
      const p = new MigrationProject("pglite:./data");
      after(() => p.cleanup());
      writeFileSync(join(p.dir, "data.lock"), String(owner.pid));
      const api = new AbortController();
      setTimeout(() => api.abort(), 300);
      const apiStarted = Date.now();
      await assert.rejects(
        migrate({ cwd: p.dir, url: "pglite:./data", env: {}, logger: false, signal: api.signal }),
        (e: unknown) => isAthanorError(e) && e.code === "ABORTED" && /while waiting for the PGlite database/.test(e.message),
      );
      assert.ok(Date.now() - apiStarted < 5_000, `migrate() waited ${Date.now() - apiStarted} ms`);
    } finally {
      owner.kill();
    }
  });
});

/**
 * An abort while migrate() waits for the migration lock (another run holds
 * it) ends the wait at once. Before, the signal was looked at only between
 * polls, which back off to one per second: the call rejected up to a second
 * after the abort.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import { migrate } from "../../src/index.js";
import { MigrationProject } from "../support/project.js";

const cleanups: Array<() => void> = [];
after(() => {
  for (const c of cleanups) c();
});

test("abort during the wait for the migration lock: ABORTED at once, and the holder finishes", async () => {
  const p = new MigrationProject("sqlite:./app.db");
  cleanups.push(() => p.cleanup());
  p.rev("a1", null, { up: `  await op.execute("CREATE TABLE t (id INT)");\n  await new Promise((r) => setTimeout(r, 4500));` });
  const url = `sqlite:${join(p.dir, "app.db")}`;
  const first = migrate({ cwd: p.dir, url, env: {}, logger: false });
  const ac = new AbortController();
  let abortedAt = 0;
  const second = migrate({
    cwd: p.dir,
    url,
    env: {},
    signal: ac.signal,
    logger: {
      info(line) {
        // the polls back off to 1 s: 2.2 s into the wait, one of them has just begun
        if (line.startsWith("waiting for migration lock") && abortedAt === 0) {
          abortedAt = -1;
          setTimeout(() => {
            abortedAt = Date.now();
            ac.abort();
          }, 2200);
        }
      },
      warn() {},
    },
  });
  await assert.rejects(second, (e: { code?: string }) => e.code === "ABORTED");
  const late = Date.now() - abortedAt;
  assert.ok(abortedAt > 0 && late < 300, `rejected ${late} ms after the abort`);
  assert.deepEqual((await first).headsAfter, ["a1"]);
});

/**
 * SIGTERM during a SQLite run whose revisions never wait on anything: better-sqlite3 runs every statement
 * synchronously, so the run never went back to Node's event loop, which is where a signal reaches its handler. The
 * first SIGTERM was only heard once every revision had run: the run went on to the head and exited 0, with no
 * "received SIGTERM" line, where docs/running.md promises it stops after the revision that is running. Now the run
 * lets a pending signal in between two steps.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { startCli } from "../support/live-cli.js";
import { MigrationProject } from "../support/project.js";

const URL = "sqlite:./app.db";
const REVISIONS = 12;

/** s00 creates t; s01.. each insert 3,000 rows in one op.execute (cut and run statement by statement); s01 says "@s01". */
function project(): MigrationProject {
  const p = new MigrationProject(URL, { url: URL });
  after(() => p.cleanup());
  p.rev("s00", null, { up: `  await op.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, rev TEXT)");` });
  for (let i = 1; i < REVISIONS; i++) {
    const id = `s${String(i).padStart(2, "0")}`;
    const inserts = Array.from({ length: 3000 }, (_, k) => `INSERT INTO t VALUES (${i * 10000 + k}, '${id}');`).join("\n");
    const marker = i === 1 ? `  console.error("@s01");\n` : "";
    p.rev(id, `s${String(i - 1).padStart(2, "0")}`, { up: `${marker}  await op.execute(${JSON.stringify(inserts)});` });
  }
  return p;
}

describe("SIGTERM during a run of synchronous (SQLite) revisions", () => {
  test("stops after the revision that is running, not at the head", async () => {
    const p = project();
    const run = startCli(p.dir, ["upgrade", "head"], { DATABASE_URL: p.url });
    await run.until(/@s01/);
    run.kill("SIGTERM");
    const r = await run.done;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /warning: received SIGTERM: stopping after the revision that is running/);
    const error = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
    assert.equal(error.length, 1, r.stderr);
    assert.match(error[0] as string, /^error: stopped by SIGTERM before upgrade s\d\d -> s\d\d; \d+ revision\(s\) committed, the database is at s\d\d$/);
    const at = /the database is at (s\d\d)/.exec(error[0] as string)?.[1];
    assert.notEqual(at, `s${REVISIONS - 1}`);
    assert.equal(p.athanor("current").stdout, `${at}\n`);
    const rest = p.athanor("upgrade", "head");
    assert.equal(rest.code, 0, rest.stderr);
  });
});

/**
 * Stopping a run, as an orchestrator stops a container (SIGTERM, then SIGKILL
 * after a grace period) or a person presses Ctrl-C (SIGINT), on SQLite:
 *
 * - The first signal lets the revision that is running finish and commit,
 *   then the run stops with one line saying which step did not start and
 *   what is committed (exit 1). It used to end the process at once, in the
 *   middle of the revision.
 * - In per-run mode the run's one transaction is rolled back: nothing is
 *   committed.
 * - A second signal ends the process at once (exit 143): the revision's
 *   transaction is rolled back.
 * - The API's `signal`, fired during a revision: the same line, and no
 *   revision is named as failed (it used to name the revision before, which
 *   had committed, as failed).
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { migrate } from "../../src/api/migrate.js";
import type { CliResult } from "../support/cli.js";
import { startCli } from "../support/live-cli.js";
import { MigrationProject } from "../support/project.js";

const URL = "sqlite:./app.db";

/**
 * k1, then k2 (which says "@k2", then waits in JavaScript until the file `go`
 * exists in the project: the test signals the process meanwhile, then lets it
 * go on), then k3.
 */
function project(config: Record<string, unknown> = {}): MigrationProject {
  const p = new MigrationProject(URL, { url: URL, ...config });
  after(() => p.cleanup());
  const go = JSON.stringify(join(p.dir, "go"));
  p.rev("k1", null, { up: `  await op.execute("CREATE TABLE k1 (id INTEGER PRIMARY KEY)");` })
    .rev("k2", "k1", {
      up: `  await op.execute("CREATE TABLE k2 (id INTEGER PRIMARY KEY)");
  console.error("@k2");
  (globalThis as { atK2?: () => void }).atK2?.();
  const { existsSync } = await import("node:fs");
  while (!existsSync(${go})) await new Promise((resolve) => setTimeout(resolve, 20));
  await op.execute("CREATE TABLE k2b (id INTEGER PRIMARY KEY)");`,
    })
    .rev("k3", "k2", { up: `  await op.execute("CREATE TABLE k3 (id INTEGER PRIMARY KEY)");` });
  return p;
}

function letGo(p: MigrationProject): void {
  writeFileSync(join(p.dir, "go"), "");
}

function errorLine(r: CliResult): string {
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  return errors[0] as string;
}

/**
 * Runs the command and sends the signals while k2 waits (the second after the
 * first was heard). One signal: k2 is then let go on; with a second, k2 waits
 * on (the second signal alone must end the process).
 */
async function signalAtK2(p: MigrationProject, args: string[], signals: NodeJS.Signals[]): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  const run = startCli(p.dir, args, { DATABASE_URL: p.url });
  await run.until(/@k2/);
  for (const [i, s] of signals.entries()) {
    run.kill(s);
    if (i === 0) await run.until(new RegExp(`received ${s}: stopping after the revision that is running`));
  }
  if (signals.length === 1) letGo(p);
  return run.done;
}

describe("SIGTERM and SIGINT during a run (SQLite)", { concurrency: true }, () => {
  test("SIGTERM: the running revision finishes and commits, then the run stops with one line", async () => {
    const p = project();
    const r = await signalAtK2(p, ["upgrade", "head"], ["SIGTERM"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /warning: received SIGTERM: stopping after the revision that is running \(send it again to stop at once\)/);
    assert.match(r.stderr, /Running upgrade k1 -> k2/);
    assert.equal(errorLine(r), "error: stopped by SIGTERM before upgrade k2 -> k3; 2 revision(s) committed, the database is at k2");
    assert.match(p.athanor("current").stdout, /^k2\n/);
    const rest = p.athanor("upgrade", "head");
    assert.equal(rest.code, 0, rest.stderr);
    assert.match(rest.stderr, /Done: 1 step committed; the database is at k3/);
  });

  test("SIGINT in per-run mode: the run's transaction is rolled back, nothing committed", async () => {
    const p = project({ transactionMode: "per-run" });
    const r = await signalAtK2(p, ["upgrade", "head"], ["SIGINT"]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(errorLine(r), "error: stopped by SIGINT before upgrade k2 -> k3; no revision was committed (per-run: the run's transaction was rolled back)");
    assert.equal(p.athanor("current").stdout, "");
  });

  test("a second SIGTERM stops at once: the revision's transaction is rolled back", async () => {
    const p = project();
    const r = await signalAtK2(p, ["upgrade", "head"], ["SIGTERM", "SIGTERM"]);
    assert.equal(r.code, 143, r.stderr);
    assert.match(p.athanor("current").stdout, /^k1\n/);
    letGo(p);
    const rest = p.athanor("upgrade", "head");
    assert.equal(rest.code, 0, rest.stderr);
  });

  test("the API's signal fired during a revision: the same line, no revision named as failed", async () => {
    const p = project();
    const controller = new AbortController();
    const g = globalThis as { atK2?: () => void };
    g.atK2 = () => {
      controller.abort();
      letGo(p);
    };
    try {
      await assert.rejects(migrate({ cwd: p.dir, signal: controller.signal, logger: false }), (e: Error & { code?: string }) => {
        assert.equal(e.code, "ABORTED");
        assert.equal(e.message, "aborted before upgrade k2 -> k3; 2 revision(s) committed, the database is at k2");
        return true;
      });
    } finally {
      delete g.atK2;
    }
  });
});

/**
 * Container start-up: six processes call `migrate({ wait: true })` at the same
 * moment, on one SQLite file that does not exist yet, and on one empty MariaDB
 * database. Each process imports the built package, as a service does. All
 * six succeed; one runs the revisions, the others (waiting for the migration
 * lock, or arriving after) find nothing left to do; every revision ran exactly
 * once.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openSqlite } from "../dialects/support/sqlite-file.js";
import { REPO_ROOT } from "../support/cli.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const mysqlOpts = await requireMysql();
const PROCESSES = 6;
const REVISIONS = 12;

interface Outcome {
  ok: boolean;
  steps?: number;
  waited?: boolean;
  heads?: string[];
  code?: string;
  message?: string;
}

function revisions(p: MigrationProject): void {
  const id = (i: number) => `s${String(i).padStart(3, "0")}`;
  for (let i = 1; i <= REVISIONS; i++) {
    const applied = i === 1 ? `  await op.execute("CREATE TABLE applied (rev VARCHAR(10) NOT NULL)");\n` : "";
    p.rev(id(i), i === 1 ? null : id(i - 1), {
      up: `${applied}  await op.createTable("t_${id(i)}", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });\n  await op.execute("INSERT INTO applied (rev) VALUES ($1)", [${JSON.stringify(id(i))}]);`,
    });
  }
}

/** One service starting: migrate({ wait: true }) in a process of its own; what it returned or threw. */
function startService(cwd: string): Promise<Outcome> {
  const script = `import { migrate } from ${JSON.stringify(join(REPO_ROOT, "dist/index.js"))};
try {
  const r = await migrate({ cwd: ${JSON.stringify(cwd)}, wait: { attempts: 5, intervalSeconds: 0.2 }, logger: false });
  console.log(JSON.stringify({ ok: true, steps: r.steps.length, waited: r.waitedForLock, heads: r.headsAfter }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, code: e.code, message: e.message }));
}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      try {
        resolve(JSON.parse(out.trim().split("\n").pop() ?? "") as Outcome);
      } catch {
        resolve({ ok: false, message: `exit ${code}: ${out}${err}` });
      }
    });
  });
}

function checkOutcomes(outcomes: Outcome[]): void {
  for (const o of outcomes) assert.equal(o.ok, true, JSON.stringify(o));
  const ran = outcomes.filter((o) => (o.steps ?? 0) > 0);
  assert.equal(ran.length, 1, JSON.stringify(outcomes));
  assert.equal(ran[0]?.steps, REVISIONS);
  assert.ok(outcomes.every((o) => JSON.stringify(o.heads) === JSON.stringify([`s${String(REVISIONS).padStart(3, "0")}`])));
}

describe("migrate() from six processes at start-up", () => {
  test("one SQLite file that does not exist yet", async () => {
    const p = new MigrationProject("sqlite:./data/app.db", { url: "sqlite:./data/app.db" });
    after(() => p.cleanup());
    revisions(p);
    const outcomes = await Promise.all(Array.from({ length: PROCESSES }, () => startService(p.dir)));
    checkOutcomes(outcomes);
    const db = openSqlite(join(p.dir, "data/app.db"));
    try {
      const counts = db.prepare("SELECT rev, count(*) AS n FROM applied GROUP BY rev").all() as { rev: string; n: number }[];
      assert.equal(counts.length, REVISIONS);
      assert.ok(counts.every((c) => c.n === 1), JSON.stringify(counts));
      assert.deepEqual(db.pragma("integrity_check"), [{ integrity_check: "ok" }]);
    } finally {
      db.close();
    }
  });

  test("one empty MariaDB database", mysqlOpts, async () => {
    const db = await createMysqlTestDatabase("athanor_startup");
    after(() => db.drop());
    const p = new MigrationProject(db.url, { url: db.url });
    after(() => p.cleanup());
    revisions(p);
    const outcomes = await Promise.all(Array.from({ length: PROCESSES }, () => startService(p.dir)));
    checkOutcomes(outcomes);
    const counts = await db.query<{ rev: string; n: number }>("SELECT rev, COUNT(*) AS n FROM applied GROUP BY rev");
    assert.equal(counts.length, REVISIONS);
    assert.ok(counts.every((c) => Number(c.n) === 1), JSON.stringify(counts));
    const log = await db.query<{ n: number }>("SELECT COUNT(*) AS n FROM athanor_version_log WHERE status = 'finished'");
    assert.equal(Number(log[0]?.n), REVISIONS);
  });
});

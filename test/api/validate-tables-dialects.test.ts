/**
 * `migrate({ validate: { tables } })` — the "verify the critical tables exist
 * after migrating" step teams bolt onto their entrypoint, where a missing table
 * was only a warning and the application started anyway — on the databases
 * besides the PostgreSQL server (test/api/migrate.test.ts): SQLite, MariaDB
 * and PGlite each answer "does this table exist" their own way. A missing
 * table fails start-up naming it (VALIDATE.FAILED); the revisions that ran
 * stay committed and are reported as such; `onFailure: "warn"` only warns;
 * a name qualified with the database's own schema is found too.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { AthanorError, migrate, status } from "../../src/index.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { MigrationProject } from "../support/project.js";

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function project(url: string): MigrationProject {
  const p = new MigrationProject(url, { url });
  cleanups.push(() => p.cleanup());
  p.rev("a0000001", null, {
    up: `  await op.createTable("tenants", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
    down: `  await op.dropTable("tenants");`,
  });
  p.rev("b0000002", "a0000001", {
    up: `  await op.createTable("action_logs", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
    down: `  await op.dropTable("action_logs");`,
  });
  return p;
}

const quiet = { logger: false as const };

async function validates(p: MigrationProject, qualified: string): Promise<void> {
  await assert.rejects(migrate({ cwd: p.dir, validate: { tables: ["tenants", "action_logs", "audit_logs"] }, ...quiet }), (e: unknown) => {
    assert.ok(e instanceof AthanorError);
    assert.equal(e.code, "VALIDATE.FAILED");
    assert.equal(e.message, "schema validation failed after migrating: missing tables: audit_logs");
    return true;
  });
  // the revisions that ran are committed, and reported so
  const s = await status({ cwd: p.dir });
  assert.deepEqual([s.current, s.upToDate], [["b0000002"], true]);
  const warned: string[] = [];
  const w = await migrate({ cwd: p.dir, validate: { tables: ["audit_logs"], onFailure: "warn" }, logger: { info: () => {}, warn: (l) => warned.push(l) } });
  assert.equal(w.validation?.ok, false);
  assert.deepEqual(w.validation?.missingTables, ["audit_logs"]);
  assert.deepEqual(warned, ["schema validation failed after migrating: missing tables: audit_logs"]);
  const r = await migrate({ cwd: p.dir, validate: { tables: ["tenants", qualified] }, ...quiet });
  assert.deepEqual(r.validation, { ok: true, missingTables: [], drift: [] });
}

describe("validate: { tables } after migrating, beyond the PostgreSQL server", { concurrency: true }, async () => {
  test("SQLite", async () => {
    await validates(project("sqlite:./app.db"), "main.action_logs");
  });

  test("PGlite", async () => {
    await validates(project("pglite:./pgdata"), "public.action_logs");
  });

  test("MariaDB", await requireMysql(), async () => {
    const db = await createMysqlTestDatabase("h_validate");
    cleanups.push(() => db.drop());
    await validates(project(db.url), `${db.name}.action_logs`);
  });
});

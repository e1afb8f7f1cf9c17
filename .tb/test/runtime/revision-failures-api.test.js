/**
 * migrate() in the application's own process: a revision's code that forgot
 * an await, called process.exit() or never finishes rejects migrate() with a
 * typed error; the process keeps running (no unhandled rejection, no exit),
 * and process.exit is the application's own again afterwards.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { AthanorError, migrate } from "../../src/index.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";
const pgOpts = await requirePostgres();
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
function project(revisions, config = {}) {
    const p = new MigrationProject("pglite:memory", config);
    cleanups.push(() => p.cleanup());
    let prev = null;
    for (const [id, up] of Object.entries(revisions)) {
        p.rev(id, prev, { up });
        prev = id;
    }
    return p;
}
async function failureOf(run) {
    try {
        await run;
    }
    catch (e) {
        assert.ok(e instanceof AthanorError, `not an AthanorError: ${e}`);
        return e;
    }
    assert.fail("migrate() succeeded");
}
const quiet = { logger: false };
describe("migrate(): a revision's own code fails the revision, not the process", () => {
    test("an operation not awaited: MIGRATION.FAILED caused by MIGRATION.NOT_AWAITED; nothing recorded", async () => {
        const db = new PGlite();
        cleanups.push(() => db.close());
        const p = project({
            a1: '  await op.execute("CREATE TABLE t (id int)");',
            b2: '  op.bulkInsert("t", [{ id: 1 }]);\n  op.execute("SELECT 1/0");',
        });
        const e = await failureOf(migrate({ cwd: p.dir, connection: db, ...quiet }));
        assert.equal(e.code, "MIGRATION.FAILED");
        assert.equal(e.cause.code, "MIGRATION.NOT_AWAITED");
        assert.match(e.message, /op\.bulkInsert\("t", …\) was not awaited/);
        assert.deepEqual((await db.query("SELECT version_num FROM athanor_version")).rows, [{ version_num: "a1" }]);
        assert.deepEqual((await db.query("SELECT * FROM t")).rows, []);
    });
    test("process.exit() in upgrade(): migrate() rejects, the process lives on, process.exit is restored", async () => {
        const db = new PGlite();
        cleanups.push(() => db.close());
        const exit = process.exit;
        const p = project({ a1: '  await op.execute("CREATE TABLE t (id int)");\n  process.exit(0);' });
        const e = await failureOf(migrate({ cwd: p.dir, connection: db, ...quiet }));
        assert.equal(e.cause.code, "MIGRATION.PROCESS_EXIT");
        assert.equal(process.exit, exit);
        assert.deepEqual((await db.query("SELECT to_regclass('t') AS t")).rows, [{ t: null }]);
    });
    test("a revision idle past idleInTransactionTimeout is rolled back; its operations called later don't run", async () => {
        const db = new PGlite();
        cleanups.push(() => db.close());
        const p = project({
            a1: '  await op.execute("CREATE TABLE t (id int)");\n  await new Promise((r) => setTimeout(r, 1500));\n  await op.execute("CREATE TABLE late (id int)");',
        }, { idleInTransactionTimeout: "300ms" });
        const e = await failureOf(migrate({ cwd: p.dir, connection: db, ...quiet }));
        assert.equal(e.cause.code, "MIGRATION.IDLE_TIMEOUT");
        assert.match(e.message, /upgrade\(\) has run nothing on the database for 300 ms \(idleInTransactionTimeout\)/);
        await new Promise((r) => setTimeout(r, 1800)); // the revision wakes up and calls op.execute: refused
        assert.deepEqual((await db.query("SELECT to_regclass('t') AS t, to_regclass('late') AS l")).rows, [{ t: null, l: null }]);
    });
});
describe("migrate() with the application's pg Pool: the idle limit", pgOpts, () => {
    test("the 5 min default is not left on the application's pooled client; a configured value is applied", async () => {
        const db = await createTestDatabase();
        cleanups.push(() => db.drop());
        const p = new MigrationProject(db.url);
        cleanups.push(() => p.cleanup());
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' });
        const pool = new pg.Pool({ connectionString: db.url, max: 1 });
        cleanups.push(() => pool.end());
        await migrate({ cwd: p.dir, connection: pool, ...quiet });
        const setting = async () => (await pool.query("SELECT current_setting('idle_in_transaction_session_timeout') AS v")).rows[0].v;
        assert.equal(await setting(), "0");
        p.rev("b2", "a1");
        p.write("athanor.config.ts", 'import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations", idleInTransactionTimeout: "2min" });\n');
        await migrate({ cwd: p.dir, connection: pool, ...quiet });
        assert.equal(await setting(), "2min");
    });
});

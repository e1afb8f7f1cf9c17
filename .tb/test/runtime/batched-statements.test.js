/**
 * A revision's parameterless DDL is sent in batches (with BEGIN in front):
 * failures must still name the very statement that failed, the statements
 * after it must not run, earlier revisions stay committed (per-migration),
 * and op.query() sees what the operations before it did.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";
const opts = await requirePostgres();
const setup = projectsOnNewDatabases();
/** Lets revision bodies use `t` from "athanor". */
function useTypes(p) {
    for (const f of p.ls("migrations/versions").filter((x) => x.endsWith(".ts"))) {
        const path = `migrations/versions/${f}`;
        p.write(path, p.read(path).replace('import type { MigrationOps } from "athanor";', 'import { type MigrationOps, t } from "athanor";'));
    }
}
const table = (name) => `  await op.createTable(${JSON.stringify(name)}, { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "v", type: t.integer() }] });\n`;
const heads = async (db) => (await db.query("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((x) => x.v);
const exists = async (db, name) => (await db.query("SELECT to_regclass($1)::text AS t", [name]))[0]?.t !== null;
describe("batched statements", opts, () => {
    for (const mode of ["per-migration", "per-run"]) {
        test(`${mode}: a failure in the middle of a revision's batch names that statement; nothing after it runs`, async () => {
            const { db, p } = await setup({ transactionMode: mode });
            p.rev("aaaa0001", null, { up: table("a") })
                .rev("bbbb0002", "aaaa0001", {
                up: `${table("b")}  await op.createIndex("ix_b_missing", "b", ["no_such_column"]);\n${table("c")}`,
            })
                .rev("cccc0003", "bbbb0002", { up: table("d") });
            useTypes(p);
            const r = p.athanor("upgrade", "head");
            assert.equal(r.code, 1);
            assert.match(r.stderr, /bbbb0002/);
            assert.match(r.stderr, /column "no_such_column" does not exist/);
            assert.match(r.stderr, /statement: CREATE INDEX "ix_b_missing" ON "b" \("no_such_column"\)/);
            assert.doesNotMatch(r.stderr, /statement: CREATE TABLE/);
            assert.equal(await exists(db, "b"), false, "rolled back");
            assert.equal(await exists(db, "c"), false, "never ran");
            assert.equal(await exists(db, "d"), false);
            assert.equal(await exists(db, "a"), mode === "per-migration");
            assert.deepEqual(await heads(db), mode === "per-migration" ? ["aaaa0001"] : []);
        });
    }
    test("the first statement of a batch failing (right after BEGIN) is named too", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, { up: table("a") }).rev("bbbb0002", "aaaa0001", { up: `${table("a")}${table("e")}` });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /relation "a" already exists/);
        assert.match(r.stderr, /statement: CREATE TABLE "a"/);
        assert.equal(await exists(db, "e"), false);
    });
    test("per-migration: a revision that changes the version table itself is caught by its record; nothing of it is kept", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, { up: table("a") })
            .rev("bbbb0002", "aaaa0001", { up: `  await op.execute("DELETE FROM athanor_version");\n${table("b")}` })
            .rev("cccc0003", "bbbb0002", { up: table("c") });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /upgrade aaaa0001 -> bbbb0002 .*failed: expected to match one row when updating 'aaaa0001' to 'bbbb0002' in athanor_version; 0 found/);
        assert.match(r.stderr, /1 earlier revision\(s\) committed, database at aaaa0001/);
        assert.doesNotMatch(r.stderr, /athanor-unmatched|invalid input syntax/);
        assert.deepEqual(await heads(db), ["aaaa0001"]);
        assert.equal(await exists(db, "b"), false);
        assert.equal(await exists(db, "c"), false);
    });
    test("per-migration: a COMMIT that fails (a deferred constraint) names the revision and COMMIT; earlier revisions stay", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, {
            up: '  await op.execute("CREATE TABLE parent (id int PRIMARY KEY)");\n  await op.execute("CREATE TABLE child (p int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)");\n',
        })
            .rev("bbbb0002", "aaaa0001", { up: `  await op.bulkInsert("child", [{ p: 7 }]);\n${table("b")}` })
            .rev("cccc0003", "bbbb0002", { up: table("c") });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /upgrade aaaa0001 -> bbbb0002 .*failed: .*foreign key.*; statement: COMMIT/);
        assert.doesNotMatch(r.stderr, /Running upgrade aaaa0001 -> bbbb0002/, "never reported as done");
        assert.deepEqual(await heads(db), ["aaaa0001"]);
        assert.equal(await exists(db, "b"), false);
        assert.equal(await exists(db, "c"), false, "the next revision, sent behind the failed COMMIT, never ran");
        assert.deepEqual(await db.query("SELECT p FROM child"), []);
    });
    test("per-migration: a revision that reads the database while the one before it fails at COMMIT never runs", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, {
            up: '  await op.execute("CREATE TABLE marker (v int)");\n  await op.execute("CREATE TABLE parent (id int PRIMARY KEY)");\n  await op.execute("CREATE TABLE child (p int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)");\n',
        })
            .rev("bbbb0002", "aaaa0001", { up: `  await op.bulkInsert("child", [{ p: 7 }]);\n${table("b")}` })
            .rev("cccc0003", "bbbb0002", {
            up: `${table("c")}  const rows = await op.query<{ n: number }>("SELECT count(*)::int AS n FROM child");\n  await op.execute("INSERT INTO marker VALUES ($1)", [rows[0]?.n ?? -1]);\n`,
        });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /upgrade aaaa0001 -> bbbb0002 .*failed: .*foreign key/);
        assert.doesNotMatch(r.stderr, /cccc0003 .*failed/);
        assert.deepEqual(await db.query("SELECT v FROM marker"), []);
        assert.equal(await exists(db, "c"), false);
        assert.deepEqual(await heads(db), ["aaaa0001"]);
    });
    test("per-migration: a revision sent ahead that fails while the next one's upgrade() is still busy is reported as the failure", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, { up: table("a") })
            .rev("bbbb0002", "aaaa0001", { up: `${table("b")}  await op.createIndex("ix_b_missing", "b", ["no_such_column"]);\n` })
            .rev("cccc0003", "bbbb0002", { up: `  await new Promise((resolve) => setTimeout(resolve, 400));\n${table("c")}` });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /error: upgrade aaaa0001 -> bbbb0002 .*failed: column "no_such_column" does not exist/);
        assert.doesNotMatch(r.stderr, /Unhandled|at async|cccc0003 .*failed/);
        assert.equal(await exists(db, "c"), false);
        assert.deepEqual(await heads(db), ["aaaa0001"]);
    });
    test("per-migration: a revision whose upgrade() throws is named, and the one before it is reported as committed", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, { up: table("a") })
            .rev("bbbb0002", "aaaa0001", { up: table("b") })
            .rev("cccc0003", "bbbb0002", { up: `${table("c")}  throw new Error("boom in c");\n` });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /Running upgrade aaaa0001 -> bbbb0002/);
        assert.match(r.stderr, /upgrade bbbb0002 -> cccc0003 .*failed: boom in c; 2 earlier revision\(s\) committed, database at bbbb0002/);
        assert.deepEqual(await heads(db), ["bbbb0002"]);
        assert.equal(await exists(db, "b"), true);
        assert.equal(await exists(db, "c"), false);
    });
    test("per-run: op.autocommit commits the steps before it with their log rows, even those still in flight", async () => {
        const { db, p } = await setup({ transactionMode: "per-run" });
        p.rev("aaaa0001", null, { up: table("a") })
            .rev("bbbb0002", "aaaa0001", { up: table("b") })
            .rev("cccc0003", "bbbb0002", {
            up: `${table("c")}  await op.autocommit(async () => {\n    await op.createIndex("ix_c_v", "c", ["v"], { concurrently: true });\n  });\n`,
        })
            .rev("dddd0004", "cccc0003", { up: '  await op.execute("SELECT no_such_function()");\n' });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /cccc0003 -> dddd0004 .*failed: .*no_such_function/);
        const logs = (await db.query("SELECT revision AS r FROM athanor_version_log ORDER BY id")).map((x) => x.r);
        // what autocommit committed is recorded, version row and log rows alike
        assert.deepEqual(await heads(db), ["bbbb0002"]);
        assert.deepEqual(logs, ["aaaa0001", "bbbb0002"]);
        assert.equal(await exists(db, "b"), true);
    });
    for (const mode of ["per-migration", "per-run"]) {
        test(`${mode}: the log row's duration covers the revision's statements`, async () => {
            const { db, p } = await setup({ transactionMode: mode });
            p.rev("aaaa0001", null, { up: table("a") }).rev("bbbb0002", "aaaa0001", { up: `${table("b")}  await op.execute("SELECT pg_sleep(0.25)");\n` });
            useTypes(p);
            const r = p.athanor("upgrade", "head");
            assert.equal(r.code, 0, r.stderr);
            const logs = await db.query("SELECT revision, duration_ms, checksum, host, started_at FROM athanor_version_log ORDER BY id");
            assert.deepEqual(logs.map((l) => l.revision), ["aaaa0001", "bbbb0002"]);
            const slow = logs[1];
            assert.ok(slow && slow.duration_ms >= 250 && slow.duration_ms < 10_000, `duration_ms ${slow?.duration_ms}`);
            assert.ok(logs.every((l) => l.checksum?.length === 64 && l.host && Math.abs(l.started_at.getTime() - Date.now()) < 60_000));
            assert.ok((logs[0]?.started_at.getTime() ?? 0) <= (slow?.started_at.getTime() ?? 0));
        });
    }
    test("op.query sees the tables the operations before it created; values still go as parameters", async () => {
        const { db, p } = await setup();
        p.rev("aaaa0001", null, {
            up: `${table("a")}  await op.bulkInsert("a", [{ id: 1, v: 10 }, { id: 2, v: 20 }]);\n${table("b")}  const rows = await op.query<{ n: number }>("SELECT count(*)::int AS n FROM a WHERE v > $1", [5]);\n  await op.execute("INSERT INTO b (id, v) VALUES (1, $1)", [rows[0]?.n ?? -1]);\n`,
        });
        useTypes(p);
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await db.query("SELECT id, v FROM b"), [{ id: 1, v: 2 }]);
    });
});

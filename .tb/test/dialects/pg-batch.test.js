/**
 * The pg driver's batch(): several statements in one message. Without values
 * it is one simple query; with values or names it is the extended protocol
 * (Parse/Bind/Execute each, one Sync). Either way a failure names its index,
 * nothing after it runs, and named statements stay usable afterwards, through
 * batch() and query() alike. Results are read back over a second connection.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { BatchFailure } from "../../src/dialects/batch-failure.js";
import { postgresDialect as pg } from "../../src/dialects/postgres/index.js";
import { createTestDatabase } from "./support/pg-database.js";
async function failure(p) {
    try {
        await p;
    }
    catch (e) {
        assert.ok(e instanceof BatchFailure, String(e));
        return e;
    }
    assert.fail("the batch should have failed");
}
describe("PostgreSQL: statements sent as one message", () => {
    let db;
    let a;
    let b;
    const batch = (statements) => {
        assert.ok(a.batch);
        return a.batch(statements);
    };
    const rows = async (sql) => (await b.query(sql)).rows;
    before(async () => {
        db = await createTestDatabase();
        a = await db.connect();
        b = await db.connect();
    });
    after(async () => {
        await a?.close();
        await b?.close();
        await db?.drop();
    });
    test("values of every kind are bound, and a COMMIT in the message commits", async () => {
        await batch([
            { sql: "BEGIN" },
            { sql: "CREATE TABLE kinds (s text, n int, z text, d timestamptz, arr int[], j jsonb)" },
            {
                sql: "INSERT INTO kinds VALUES ($1, $2, $3, $4, $5, $6)",
                params: ["it's; DROP TABLE kinds --", 42, null, new Date("2024-05-06T07:08:09Z"), [1, null, 3], { k: ["v"] }],
            },
            { sql: "COMMIT" },
        ]);
        assert.deepEqual(await rows("SELECT s, n, z, d, arr, j FROM kinds"), [
            { s: "it's; DROP TABLE kinds --", n: 42, z: null, d: new Date("2024-05-06T07:08:09Z"), arr: [1, null, 3], j: { k: ["v"] } },
        ]);
    });
    test("a failure names its statement; nothing after it runs, and the session is usable again", async () => {
        await a.exec("CREATE TABLE f (id int PRIMARY KEY)");
        for (const withValues of [false, true]) {
            const e = await failure(batch([
                { sql: "BEGIN" },
                withValues ? { sql: "INSERT INTO f VALUES ($1)", params: [1] } : { sql: "INSERT INTO f VALUES (1)" },
                { sql: "INSERT INTO f VALUES (1)" },
                { sql: "INSERT INTO f VALUES (2)" },
                { sql: "COMMIT" },
            ]));
            assert.equal(e.index, 2);
            assert.match(e.message, /duplicate key/);
            await a.query("ROLLBACK");
            assert.deepEqual(await rows("SELECT id FROM f"), []);
        }
        assert.deepEqual((await a.query("SELECT 1 AS one")).rows, [{ one: 1 }]);
    });
    test("a COMMIT that fails is named too, and nothing is kept", async () => {
        await a.exec("CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (p int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)");
        const e = await failure(batch([{ sql: "BEGIN" }, { sql: "INSERT INTO child VALUES ($1)", params: [7] }, { sql: "COMMIT" }]));
        assert.equal(e.index, 2);
        assert.match(e.message, /foreign key/);
        assert.deepEqual(await rows("SELECT p FROM child"), []);
    });
    test("a named statement is parsed once, then only bound, in batches and in query() alike", async () => {
        await a.exec("CREATE TABLE n (v int)");
        const named = (v) => ({ sql: "INSERT INTO n VALUES ($1)", params: [v], name: "athanor_test_insert_n" });
        await batch([named(1), named(2)]); // twice in its first message
        await batch([{ sql: "SELECT 1" }, named(3)]);
        await a.query(named(4).sql, named(4).params, { name: named(4).name });
        await batch([named(5)]);
        const prepared = await a.query("SELECT name FROM pg_prepared_statements");
        assert.deepEqual(prepared.rows.map((r) => r.name), ["athanor_test_insert_n"]);
        assert.deepEqual((await rows("SELECT v FROM n ORDER BY v")).map((r) => r.v), [1, 2, 3, 4, 5]);
    });
    test("a named statement that failed in its first message still works afterwards", async () => {
        await a.exec("CREATE TABLE u (v int PRIMARY KEY)");
        const named = (v) => ({ sql: "INSERT INTO u VALUES ($1)", params: [v], name: "athanor_test_insert_u" });
        // fails at the named statement itself (was it prepared? the driver can't tell)
        const e = await failure(batch([{ sql: "INSERT INTO u VALUES (1)" }, named(1)]));
        assert.equal(e.index, 1);
        // fails before it: the server skipped its Parse
        const name2 = { sql: "INSERT INTO u VALUES ($1)", params: [9], name: "athanor_test_insert_u2" };
        assert.equal((await failure(batch([{ sql: "SELECT 1/0" }, name2]))).index, 0);
        await batch([named(2), name2]);
        await a.query(named(3).sql, named(3).params, { name: named(3).name });
        await a.query(name2.sql, [10], { name: name2.name });
        // the first message ran in one implicit transaction: its INSERT of 1 went with the failure
        assert.deepEqual((await rows("SELECT v FROM u ORDER BY v")).map((r) => r.v), [2, 3, 9, 10]);
    });
    test("a name already prepared for another text is not reused for this one", async () => {
        await a.query("SELECT $1::int AS x", [1], { name: "athanor_test_taken" });
        await a.exec("CREATE TABLE w (v text)");
        await batch([{ sql: "INSERT INTO w VALUES ($1)", params: ["ok"], name: "athanor_test_taken" }]);
        assert.deepEqual(await rows("SELECT v FROM w"), [{ v: "ok" }]);
    });
    test("a stream runs groups sent without waiting, in order; nothing sent behind a failure runs", async () => {
        assert.ok(a.stream);
        await a.exec("CREATE TABLE s (v int PRIMARY KEY)");
        const stream = a.stream();
        const g1 = stream.send([{ sql: "BEGIN" }, { sql: "INSERT INTO s VALUES ($1)", params: [1] }, { sql: "COMMIT" }]);
        const g2 = stream.send([{ sql: "BEGIN" }, { sql: "INSERT INTO s VALUES (2)" }, { sql: "INSERT INTO s VALUES (1)" }, { sql: "COMMIT" }]);
        const g3 = stream.send([{ sql: "BEGIN" }, { sql: "INSERT INTO s VALUES (3)" }, { sql: "COMMIT" }]);
        await g1;
        const e = await failure(g2);
        assert.equal(e.index, 2, "the failed statement, counted within its group");
        await assert.rejects(g3, (x) => x.name === "SkippedAfterFailure");
        await assert.rejects(stream.send([{ sql: "SELECT 1" }]), (x) => x.name === "SkippedAfterFailure");
        await stream.end();
        // the failed group left its transaction aborted; the session takes queries again
        await a.query("ROLLBACK");
        assert.deepEqual((await rows("SELECT v FROM s ORDER BY v")).map((r) => r.v), [1]);
        const again = a.stream();
        await again.send([{ sql: "INSERT INTO s VALUES ($1)", params: [4] }]);
        await again.end();
        assert.deepEqual((await rows("SELECT v FROM s ORDER BY v")).map((r) => r.v), [1, 4]);
    });
    test("an empty statement in a stream completes like any other", async () => {
        assert.ok(a.stream);
        const stream = a.stream();
        await stream.send([{ sql: "" }, { sql: "SELECT $1::int", params: [1] }]);
        await stream.end();
    });
    test("a query sent while a stream is open waits until the stream has ended", async () => {
        assert.ok(a.stream);
        await a.exec("CREATE TABLE q (v int)");
        const stream = a.stream();
        const sent = stream.send([{ sql: "SELECT pg_sleep(0.1)" }]);
        const counted = a.query("SELECT count(*)::int AS n FROM q");
        await stream.send([{ sql: "INSERT INTO q VALUES ($1)", params: [5] }]);
        await stream.end();
        await sent;
        assert.equal((await counted).rows[0]?.n, 1, "ran after the stream's statements");
    });
    test("the version record fails the message when a change matches no row, and says how many rows each matched", async () => {
        const ref = { table: "athanor_version" };
        for (const s of [...pg.versionTable.createVersionTable(ref), ...pg.versionTable.createLogTable(ref)])
            await a.query(s.sql, s.params);
        await a.query("INSERT INTO athanor_version VALUES ('r1'), ('r2')");
        const record = pg.versionTable.recordSteps?.(ref, [
            { kind: "update", from: "r1", to: "r3" },
            { kind: "delete", rev: "gone" },
        ], [{ revision: "r3", direction: "up", startedAt: null, durationMs: null, checksum: null, host: null }]);
        assert.ok(record);
        const e = await failure(batch([{ sql: "BEGIN" }, record, { sql: "COMMIT" }]));
        assert.equal(e.index, 1);
        assert.deepEqual(pg.versionTable.unmatchedCounts?.(e.error), [1, 0]);
        await a.query("ROLLBACK");
        assert.deepEqual((await rows("SELECT version_num FROM athanor_version ORDER BY 1")).map((r) => r.version_num), ["r1", "r2"]);
        assert.deepEqual(await rows("SELECT revision FROM athanor_version_log"), []);
    });
    test("a step recorded in the message that ran it is timed by the server, from its transaction's start", async () => {
        const ref = { table: "athanor_version" };
        await a.query("DELETE FROM athanor_version");
        const record = pg.versionTable.recordSteps?.(ref, [{ kind: "insert", rev: "t1" }], [{ revision: "t1", direction: "up", startedAt: null, durationMs: null, checksum: "abc", host: "h" }]);
        assert.ok(record);
        await batch([{ sql: "BEGIN" }, { sql: "SELECT pg_sleep(0.15)" }, record, { sql: "COMMIT" }]);
        const [log] = await rows("SELECT revision, duration_ms, checksum, host, started_at FROM athanor_version_log WHERE revision = 't1'");
        assert.ok(log);
        assert.ok(Number(log.duration_ms) >= 150 && Number(log.duration_ms) < 5000, `duration_ms ${String(log.duration_ms)}`);
        assert.ok(log.started_at instanceof Date);
        assert.deepEqual((await rows("SELECT version_num FROM athanor_version")).map((r) => r.version_num), ["t1"]);
    });
});

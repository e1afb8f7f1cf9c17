/**
 * A database that comes up after the application: a throwaway PostgreSQL
 * cluster (initdb + pg_ctl, password auth) started a few seconds after
 * migrate({ wait }), `athanor wait`, `athanor upgrade head --wait` and the
 * example's container entrypoint begin. What cannot heal fails at once, with
 * no retries and no password anywhere: a wrong password, a database that does
 * not exist. The cluster is stopped and removed afterwards, whatever happens.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { AthanorError, migrate } from "../../src/index.js";
import { requireCluster, ThrowawayCluster } from "./support/cluster.js";
import { ATHANOR_COMMAND, EXAMPLE_DIR, EXAMPLE_HEAD, getHealth, runAsync, sleep, startProcess, SERVICE_COMMAND, until, } from "./support/service.js";
const PASSWORD = `Right-${randomBytes(6).toString("hex")}`;
const WRONG = `Wr0ng-${randomBytes(6).toString("hex")}`;
/** How long after the client starts the database comes up. */
const LATE_MS = 3000;
let cluster;
const opts = requireCluster();
before(async () => {
    if (opts.skip)
        return;
    cluster = await ThrowawayCluster.create({ password: PASSWORD });
});
after(async () => {
    cluster?.destroySync();
});
function capture() {
    const lines = [];
    return { lines, info: (l) => lines.push(l), warn: (l) => lines.push(`warning: ${l}`) };
}
/** Every text an error carries: message, stack, causes. */
function allText(e) {
    const out = [];
    for (let x = e; x instanceof Error; x = x.cause)
        out.push(x.message, x.stack ?? "");
    return `${out.join("\n")}\n${String(e)}`;
}
function assertNoPassword(text, where) {
    assert.ok(!text.includes(PASSWORD), `${where} shows the password: ${text}`);
    assert.ok(!text.includes(WRONG), `${where} shows the wrong password: ${text}`);
}
async function createDatabase(name) {
    const c = new pg.Client({ connectionString: cluster.url() });
    await c.connect();
    try {
        await c.query(`CREATE DATABASE "${name}"`);
    }
    finally {
        await c.end();
    }
}
async function tables(database) {
    const c = new pg.Client({ connectionString: cluster.url({ database }) });
    await c.connect();
    try {
        const r = await c.query("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        return r.rows.map((x) => x.t);
    }
    finally {
        await c.end();
    }
}
const WAIT = { attempts: 30, intervalSeconds: 0.5 };
/**
 * Starts the cluster late: once the client has reported a failed attempt
 * (however slowly it started), and at least LATE_MS after this call.
 */
async function lateStart(output) {
    const failedOnce = until(() => /waiting for database/.test(output()), "the first failed attempt").catch((e) => {
        throw new Error(`${e.message}; output so far:\n${output()}`);
    });
    await Promise.all([sleep(LATE_MS), failedOnce]);
    await cluster.start();
}
describe("a database that comes up late, and one that never will", opts, () => {
    test("migrate({ wait }) started before the server: waits, then migrates", { timeout: 120_000 }, async () => {
        const log = capture();
        const started = Date.now();
        const run = migrate({ cwd: EXAMPLE_DIR, url: cluster.url(), wait: WAIT, logger: log });
        await lateStart(() => log.lines.join("\n"));
        const r = await run;
        assert.ok(Date.now() - started >= LATE_MS);
        assert.ok(r.waitedForDatabase && r.waitedForDatabase.attempts > 1, JSON.stringify(r.waitedForDatabase));
        assert.deepEqual(r.headsAfter, [EXAMPLE_HEAD]);
        assert.equal(r.steps.length, 3);
        const text = log.lines.join("\n");
        assert.match(text, /waiting for database postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/postgres \(attempt 1\/30\): connect ECONNREFUSED/);
        assert.match(text, /is up \(attempt \d+\)/);
        assertNoPassword(text, "the log");
        assert.deepEqual(await tables("postgres"), ["account", "athanor_version", "athanor_version_log", "note"]);
    });
    test("wrong password: CONNECT.FAILED on the first attempt, no retries, the password nowhere", { timeout: 60_000 }, async () => {
        const log = capture();
        const err = await migrate({ cwd: EXAMPLE_DIR, url: cluster.url({ password: WRONG }), wait: WAIT, logger: log }).then(() => assert.fail("migrated with a wrong password"), (e) => e);
        assert.ok(err instanceof AthanorError, String(err));
        assert.equal(err.code, "CONNECT.FAILED");
        assert.match(err.message, /wrong password: password authentication failed for user "postgres" \(28P01\) \(not retrying\)/);
        assert.match(err.message, /postgres:\*\*\*@127\.0\.0\.1/);
        assert.deepEqual(log.lines.filter((l) => /waiting for database/.test(l)), [], "no second attempt");
        assertNoPassword(allText(err), "the error");
        assertNoPassword(log.lines.join("\n"), "the log");
        assertNoPassword(cluster.log(), "the server log");
        // The CLI, both ways: exit 1 at once, one line naming the cause, no password.
        for (const args of [["wait"], ["upgrade", "head", "--wait"]]) {
            const r = await runAsync([...ATHANOR_COMMAND, ...args], { env: { DATABASE_URL: cluster.url({ password: WRONG }), DB_RETRY_INTERVAL: "0.5" } });
            assert.equal(r.code, 1, `${args.join(" ")}: ${r.stderr}`);
            assert.match(r.stderr, /wrong password/);
            assert.doesNotMatch(r.stderr, /waiting for database/);
            assertNoPassword(r.stdout + r.stderr, `athanor ${args.join(" ")}`);
        }
    });
    test("a database that does not exist: CONNECT.FAILED at once", async () => {
        const log = capture();
        await assert.rejects(migrate({ cwd: EXAMPLE_DIR, url: cluster.url({ database: "no_such_db" }), wait: WAIT, logger: log }), (e) => {
            assert.ok(e instanceof AthanorError);
            assert.equal(e.code, "CONNECT.FAILED");
            assert.match(e.message, /the database does not exist: database "no_such_db" does not exist/);
            assertNoPassword(allText(e), "the error");
            return true;
        });
        assert.deepEqual(log.lines.filter((l) => /waiting for database/.test(l)), []);
    });
    test("`athanor wait` (DB_MAX_RETRIES / DB_RETRY_INTERVAL) against a late server; gives up after --attempts; bad --attempts is usage", { timeout: 120_000 }, async () => {
        await cluster.stop();
        const env = { DATABASE_URL: cluster.url(), DB_MAX_RETRIES: "40", DB_RETRY_INTERVAL: "0.5" };
        const gaveUp = await runAsync([...ATHANOR_COMMAND, "wait", "--attempts", "3", "--interval", "0.2"], { env });
        assert.equal(gaveUp.code, 1, gaveUp.stderr);
        assert.match(gaveUp.stderr, /still not reachable after 3 attempts/);
        assert.equal((gaveUp.stderr.match(/waiting for database/g) ?? []).length, 2);
        const bad = await runAsync([...ATHANOR_COMMAND, "wait", "--attempts", "many"], { env });
        assert.equal(bad.code, 2, bad.stderr);
        assert.match(bad.stderr, /--attempts takes a whole number/);
        const badEnv = await runAsync([...ATHANOR_COMMAND, "wait"], { env: { ...env, DB_RETRY_INTERVAL: "soon" } });
        assert.equal(badEnv.code, 1, badEnv.stderr);
        assert.match(badEnv.stderr, /DB_RETRY_INTERVAL=soon/);
        const waiting = runAsync([...ATHANOR_COMMAND, "wait"], { env });
        await lateStart(waiting.stderr);
        const r = await waiting;
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /\(attempt 1\/40\)/);
        assert.match(r.stderr, /database is ready \(\d+ attempts/);
        assertNoPassword(r.stdout + r.stderr, "athanor wait");
    });
    test("`athanor upgrade head --wait` against a late server", { timeout: 120_000 }, async () => {
        await createDatabase("late_cli");
        await cluster.stop();
        const upgrading = runAsync([...ATHANOR_COMMAND, "upgrade", "head", "--wait"], {
            env: { DATABASE_URL: cluster.url({ database: "late_cli" }), DB_RETRY_INTERVAL: "0.5" },
        });
        await lateStart(upgrading.stderr);
        const r = await upgrading;
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /waiting for database/);
        assert.match(r.stderr, /Done: 3 steps committed; the database is at 3c95e8d2f617/);
        assertNoPassword(r.stdout + r.stderr, "athanor upgrade --wait");
        assert.deepEqual(await tables("late_cli"), ["account", "athanor_version", "athanor_version_log", "note"]);
    });
    test("the example's docker-entrypoint.sh: waits for a late server, migrates with the CLI, then execs the service", { timeout: 180_000 }, async () => {
        await createDatabase("entry");
        await cluster.stop();
        const svc = startProcess(["sh", "docker-entrypoint.sh", ...SERVICE_COMMAND], {
            env: { DATABASE_URL: cluster.url({ database: "entry" }), DB_RETRY_INTERVAL: "0.5" },
        });
        try {
            await lateStart(svc.stderr);
            const port = await svc.ready;
            const h = await getHealth(port);
            assert.equal(h.status, 200, JSON.stringify(h.body));
            assert.deepEqual(h.body.schema, { current: [EXAMPLE_HEAD], head: [EXAMPLE_HEAD], upToDate: true, ahead: false });
            const err = svc.stderr();
            assert.match(err, /waiting for database/);
            assert.match(err, /Done: 3 steps committed/, "the CLI migrated");
            assert.match(err, /\[athanor\] Nothing to do: the database is at 3c95e8d2f617/, "the service found nothing left to do");
            assertNoPassword(svc.stdout() + err, "the entrypoint's output");
        }
        finally {
            await svc.stop();
        }
    });
});

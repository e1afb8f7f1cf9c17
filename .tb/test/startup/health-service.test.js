/**
 * The example service (examples/health-service) as a container would run it:
 * it migrates at start-up, then serves GET /health. On PGlite and on
 * PostgreSQL; the deploy guide's commands (CI: upgrade + check; rollback:
 * downgrade -1, stamp, the log table; `athanor config` for "which database?")
 * run against it; an unversioned database stops it before it listens.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { EXAMPLE_DIR, EXAMPLE_HEAD, EXAMPLE_REVISIONS, athanor, getHealth, startService } from "./support/service.js";
/** The app healthcheck from docs/deploy.md's docker-compose.yml. */
const COMPOSE_HEALTHCHECK = "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
function track(r) {
    cleanups.push(() => r.stop());
    return r;
}
async function testDatabase() {
    const db = await createTestDatabase("athanor_hs");
    cleanups.push(() => db.drop());
    return db;
}
describe("example service on PGlite (no server)", () => {
    test("migrates the embedded database at start-up and reports healthy", { timeout: 180_000 }, async () => {
        const dir = mkdtempSync(join(tmpdir(), "athanor-hs-pglite-"));
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        const svc = track(startService(`pglite:${join(dir, "data")}`));
        const port = await svc.ready;
        const h = await getHealth(port);
        assert.equal(h.status, 200, JSON.stringify(h.body));
        assert.deepEqual(h.body, { db: "ok", schema: { current: [EXAMPLE_HEAD], head: [EXAMPLE_HEAD], upToDate: true, ahead: false } });
        assert.equal((svc.stderr().match(/Running upgrade/g) ?? []).length, 3, svc.stderr());
        assert.match(svc.stderr(), /schema validation passed/);
        await svc.stop();
        assert.equal((await svc.exited).code, 0, "SIGTERM ends the service cleanly");
        // Started again on the same data: nothing to do, still healthy.
        const again = track(startService(`pglite:${join(dir, "data")}`));
        const h2 = await getHealth(await again.ready);
        assert.equal(h2.body.schema?.upToDate, true);
        assert.match(again.stderr(), /Nothing to do: the database is at 3c95e8d2f617/);
    });
    test("`athanor config`: without DATABASE_URL the example uses ./.data beside its config; DATABASE_URL wins", () => {
        const plain = athanor(["config", "--json"]);
        assert.equal(plain.code, 0, plain.stderr);
        const settings = JSON.parse(plain.stdout).settings;
        assert.equal(settings.url?.value, `pglite:${join(EXAMPLE_DIR, ".data")}`);
        assert.match(settings.url?.source ?? "", /athanor\.config\.ts \(defaultUrl\)/);
        const env = athanor(["config"], { env: { DATABASE_URL: "postgresql://app:s3cret-pw@db:5432/app" } });
        assert.equal(env.code, 0, env.stderr);
        assert.match(env.stdout, /url\s+postgresql:\/\/app:\*\*\*@db:5432\/app\s+\(env DATABASE_URL\)/);
        assert.doesNotMatch(env.stdout + env.stderr, /s3cret-pw/);
    });
});
const pg = await requirePostgres();
describe("example service on PostgreSQL", pg, () => {
    test("healthy after start-up; 503 with upToDate false after `downgrade -1`; healthy after `upgrade head`; ready when the database is ahead; db down when the database goes", { timeout: 120_000 }, async () => {
        const db = await testDatabase();
        const svc = track(startService(db.url));
        const port = await svc.ready;
        assert.deepEqual((await getHealth(port)).body, { db: "ok", schema: { current: [EXAMPLE_HEAD], head: [EXAMPLE_HEAD], upToDate: true, ahead: false } });
        const down = athanor(["downgrade", "-1"], { env: { DATABASE_URL: db.url } });
        assert.equal(down.code, 0, down.stderr);
        const behind = await getHealth(port);
        assert.equal(behind.status, 503);
        assert.deepEqual(behind.body, { db: "ok", schema: { current: [EXAMPLE_REVISIONS[1]], head: [EXAMPLE_HEAD], upToDate: false, ahead: false } });
        const up = athanor(["upgrade", "head"], { env: { DATABASE_URL: db.url } });
        assert.equal(up.code, 0, up.stderr);
        assert.equal((await getHealth(port)).status, 200);
        // A newer release migrated further (rolling deploy): this replica stays ready and says so.
        await db.query("UPDATE athanor_version SET version_num = 'f00dfeed0001'");
        const ahead = await getHealth(port);
        assert.equal(ahead.status, 200, JSON.stringify(ahead.body));
        assert.deepEqual(ahead.body, { db: "ok", schema: { current: ["f00dfeed0001"], head: [EXAMPLE_HEAD], upToDate: false, ahead: true } });
        // An old replica restarting now starts (allowAhead) instead of crash-looping, and changes nothing.
        const restarted = track(startService(db.url));
        assert.equal((await getHealth(await restarted.ready)).status, 200);
        assert.match(restarted.stderr(), /warning: the database is at f00dfeed0001, which these revision scripts don't have/);
        assert.match(restarted.stdout(), /migrated .*: 0 steps, at f00dfeed0001/);
        await restarted.stop();
        await db.query(`UPDATE athanor_version SET version_num = '${EXAMPLE_HEAD}'`);
        // The compose file's healthcheck command, as Docker would run it in the container.
        const probe = (p) => spawnSync("node", ["-e", COMPOSE_HEALTHCHECK], { env: { ...process.env, PORT: String(p) } }).status;
        assert.equal(probe(port), 0);
        assert.equal(athanor(["downgrade", "-1"], { env: { DATABASE_URL: db.url } }).code, 0);
        assert.equal(probe(port), 1, "503 fails the healthcheck");
        assert.equal(athanor(["upgrade", "head"], { env: { DATABASE_URL: db.url } }).code, 0);
        await db.drop();
        const gone = await getHealth(port);
        assert.equal(gone.status, 503);
        assert.equal(gone.body.db, "down");
        assert.equal(gone.body.schema, null);
        assert.match(gone.body.error ?? "", /does not exist/);
    });
    test("CI recipe: `upgrade head` on a fresh database, `check` finds no difference, `downgrade base` and `upgrade head` again", async () => {
        {
            const db = await testDatabase();
            const env = { DATABASE_URL: db.url };
            const up = athanor(["upgrade", "head"], { env });
            assert.equal(up.code, 0, up.stderr);
            assert.match(up.stderr, /Done: 3 steps committed; the database is at 3c95e8d2f617/);
            const check = athanor(["check"], { env });
            assert.equal(check.code, 0, check.stdout + check.stderr);
            assert.match(check.stdout, /No changes detected/);
            const downBase = athanor(["downgrade", "base"], { env });
            assert.equal(downBase.code, 0, downBase.stderr);
            assert.match(downBase.stderr, /Done: 3 steps committed; the database is at base/);
            assert.equal(athanor(["upgrade", "head"], { env }).code, 0);
            // A model change without a revision: check exits 2 (what fails the CI job).
            await db.query("ALTER TABLE note DROP COLUMN body");
            const drift = athanor(["check"], { env });
            assert.equal(drift.code, 2, drift.stdout + drift.stderr);
            assert.match(drift.stdout, /note/);
        }
    });
    test("rollback runbook: downgrade -1, fix by hand + stamp, read athanor_version_log", async () => {
        const db = await testDatabase();
        const env = { DATABASE_URL: db.url };
        assert.equal(athanor(["upgrade", "head"], { env }).code, 0);
        const down = athanor(["downgrade", "-1"], { env });
        assert.equal(down.code, 0, down.stderr);
        assert.match(down.stderr, /Running downgrade 3c95e8d2f617 -> 2b7d41e9c0a4/);
        const current = athanor(["current"], { env });
        assert.match(current.stdout, /2b7d41e9c0a4/);
        const history = athanor(["history", "-i"], { env });
        assert.equal(history.code, 0, history.stderr);
        assert.match(history.stdout, /2b7d41e9c0a4.*\(current\)/);
        // The change was made by hand (the runbook's "someone already fixed it" case): record it without running it.
        await db.query("ALTER TABLE account ADD COLUMN display_name text; CREATE INDEX note_account_id_created_at_idx ON note (account_id, created_at)");
        const stamp = athanor(["stamp", "head"], { env });
        assert.equal(stamp.code, 0, stamp.stderr);
        assert.match(athanor(["current"], { env }).stdout, /3c95e8d2f617/);
        assert.equal(athanor(["check"], { env }).code, 0);
        // The log table says what happened, in order (the query from docs/deploy.md).
        const log = await db.query("SELECT id, revision, direction, started_at, duration_ms, host, applied_by FROM athanor_version_log ORDER BY id DESC LIMIT 20");
        assert.deepEqual(log.map((r) => `${r.direction} ${r.revision}`).reverse(), [...EXAMPLE_REVISIONS.map((r) => `up ${r}`), `down ${EXAMPLE_HEAD}`, `stamp-up ${EXAMPLE_HEAD}`]);
        assert.ok(log.every((r) => r.host === hostname() && r.applied_by === "postgres" && r.duration_ms >= 0));
    });
    test("a database with tables but no version table: the service refuses to start and never listens", { timeout: 60_000 }, async () => {
        const db = await testDatabase();
        await db.query("CREATE TABLE legacy_orders (id int)");
        const svc = track(startService(db.url));
        await assert.rejects(svc.ready, /exited \(1\) before listening/);
        assert.match(svc.stderr(), /start-up failed: DATABASE\.UNVERSIONED: .*public\.legacy_orders.*athanor stamp/);
        assert.deepEqual(await db.query("SELECT to_regclass('account') AS t"), [{ t: null }], "nothing ran");
    });
});

/**
 * Eight replicas of the example service start at the same moment on one empty
 * PostgreSQL database. The migration lock lets one of them migrate while the
 * others wait; they all become healthy, and every revision ran exactly once.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { EXAMPLE_HEAD, EXAMPLE_REVISIONS, getHealth, startService } from "./support/service.js";
const REPLICAS = 8;
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
describe("replicas starting together", await requirePostgres(), () => {
    test(`${REPLICAS} copies of the service on one empty database: all healthy, each revision applied once`, { timeout: 300_000 }, async (t) => {
        const db = await createTestDatabase("athanor_replicas");
        cleanups.push(() => db.drop());
        const services = [];
        for (let i = 0; i < REPLICAS; i++) {
            const s = startService(db.url);
            services.push(s);
            cleanups.push(() => s.stop());
        }
        const ports = await Promise.all(services.map((s) => s.ready));
        assert.equal(new Set(ports).size, REPLICAS);
        for (const port of ports) {
            const h = await getHealth(port);
            assert.equal(h.status, 200, JSON.stringify(h.body));
            assert.deepEqual(h.body.schema, { current: [EXAMPLE_HEAD], head: [EXAMPLE_HEAD], upToDate: true, ahead: false });
        }
        // Every revision's upgrade ran once, in order: the append-only log has one "up" row each.
        const log = await db.query("SELECT revision, direction FROM athanor_version_log ORDER BY id");
        assert.deepEqual(log.map((r) => `${r.direction} ${r.revision}`), EXAMPLE_REVISIONS.map((r) => `up ${r}`));
        assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: EXAMPLE_HEAD }]);
        // One replica ran the three upgrades; the others found nothing left to do.
        const ran = services.filter((s) => /Running upgrade/.test(s.stderr()));
        assert.equal(ran.length, 1, services.map((s) => s.stderr()).join("\n-----\n"));
        assert.equal((ran[0]?.stderr().match(/Running upgrade/g) ?? []).length, 3);
        t.diagnostic(`${services.filter((s) => /waiting for migration lock/.test(s.stderr())).length} replicas waited for the migration lock`);
        const idle = services.filter((s) => /Nothing to do: the database is at 3c95e8d2f617/.test(s.stderr()));
        assert.equal(idle.length, REPLICAS - 1);
    });
});

/**
 * A database that a newer release already migrated further: what an old
 * replica sees during a rolling deploy. status() reports the revisions it
 * doesn't know instead of throwing; migrate() refuses by default and, with
 * allowAhead, changes nothing and says so.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { AthanorError, migrate, status } from "../../src/index.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { EXAMPLE_DIR, EXAMPLE_HEAD } from "./support/service.js";
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
describe("a database ahead of the code", await requirePostgres(), () => {
    test("status() reports unknown revisions; migrate() refuses unless allowAhead", async () => {
        const db = await createTestDatabase("athanor_ahead");
        cleanups.push(() => db.drop());
        const base = { cwd: EXAMPLE_DIR, url: db.url, logger: false };
        await migrate(base);
        await db.query("UPDATE athanor_version SET version_num = 'f00dfeed0001'");
        const s = await status({ cwd: EXAMPLE_DIR, url: db.url });
        assert.deepEqual({ current: s.current, heads: s.heads, pending: s.pending, unknown: s.unknown, upToDate: s.upToDate }, { current: ["f00dfeed0001"], heads: [EXAMPLE_HEAD], pending: [], unknown: ["f00dfeed0001"], upToDate: false });
        await assert.rejects(migrate(base), (e) => e instanceof AthanorError && e.code === "GRAPH.UNKNOWN_CURRENT_REVISION");
        const warned = [];
        const r = await migrate({ ...base, allowAhead: true, validate: { tables: ["account"] }, logger: { info: () => { }, warn: (l) => warned.push(l) } });
        assert.deepEqual(r.ahead, ["f00dfeed0001"]);
        assert.deepEqual(r.steps, []);
        assert.deepEqual(r.headsAfter, ["f00dfeed0001"]);
        assert.equal(r.validation?.ok, true);
        assert.match(warned.join("\n"), /not migrating/);
        assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), [{ version_num: "f00dfeed0001" }], "nothing changed");
        // allowAhead is about upgrading only: an explicit downgrade from an unknown revision still fails.
        await assert.rejects(migrate({ ...base, allowAhead: true, direction: "down", to: "base" }), (e) => e instanceof AthanorError && e.code === "GRAPH.UNKNOWN_CURRENT_REVISION");
        // A normal database: allowAhead changes nothing, `ahead` is [].
        await db.query(`UPDATE athanor_version SET version_num = '${EXAMPLE_HEAD}'`);
        assert.deepEqual((await migrate({ ...base, allowAhead: true })).ahead, []);
    });
});

/**
 * Many processes at once: 8 `upgrade head` processes over 50 revisions all
 * exit 0 and every revision runs exactly once. A process killed with SIGKILL
 * in the middle of a long revision leaves nothing half-applied; the rerun
 * finishes at head.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject, recordingRev } from "../support/project.js";
const opts = await requirePostgres();
const cleanups = [];
after(async () => {
    for (const c of cleanups)
        await c();
});
async function setup() {
    const db = await createTestDatabase();
    const p = new MigrationProject(db.url);
    cleanups.push(() => p.cleanup(), () => db.drop());
    return { db, p };
}
describe("concurrency on PostgreSQL", opts, () => {
    test("8 processes upgrade head over 50 revisions: all exit 0, each revision runs once", async () => {
        const { db, p } = await setup();
        p.rev("r000", null, { up: `  await op.execute("CREATE TABLE applied (rev text NOT NULL, at timestamptz DEFAULT clock_timestamp())");` });
        let prev = "r000";
        for (let i = 1; i < 50; i++) {
            const id = `r${String(i).padStart(3, "0")}`;
            const spec = recordingRev(id);
            p.rev(id, prev, { ...spec, up: `${spec.up}\n  await op.execute("SELECT pg_sleep(0.01)");` });
            prev = id;
        }
        // Warm the transpile cache once so the race is about the database, not the compiler.
        assert.equal(p.athanor("heads").code, 0);
        const runs = await Promise.all(Array.from({ length: 8 }, () => p.athanorAsync("upgrade", "head")));
        for (const r of runs)
            assert.equal(r.code, 0, r.stderr);
        const counts = await db.query("SELECT rev, count(*)::int AS n FROM applied GROUP BY rev ORDER BY rev");
        assert.equal(counts.length, 49);
        assert.ok(counts.every((c) => c.n === 1), JSON.stringify(counts.filter((c) => c.n !== 1)));
        const heads = await db.query("SELECT version_num AS v FROM athanor_version");
        assert.deepEqual(heads.map((h) => h.v), ["r049"]);
        const applied = runs.filter((r) => /Running upgrade/.test(r.stderr));
        const waited = runs.filter((r) => /waiting for migration lock/.test(r.stderr));
        assert.ok(applied.length >= 1);
        assert.ok(waited.length >= 1, "some process must have waited for the lock");
        assert.ok(waited.some((r) => /held by .*pid \d+/.test(r.stderr)), waited.map((r) => r.stderr).join("\n---\n"));
        const total = runs.reduce((n, r) => n + (r.stderr.match(/Running upgrade/g)?.length ?? 0), 0);
        assert.equal(total, 50, "50 steps in all, across the processes");
    });
    test("SIGKILL in the middle of a long revision: rerun finishes at head, nothing half-applied", async () => {
        const { db, p } = await setup();
        p.rev("k001", null, { up: `  await op.execute("CREATE TABLE k1 (id int)");` })
            .rev("k002", "k001", { up: `  await op.execute("CREATE TABLE k2 (id int)");\n  await op.execute("SELECT pg_sleep(30)");\n  await op.execute("CREATE TABLE k2b (id int)");` })
            .rev("k003", "k002", { up: `  await op.execute("CREATE TABLE k3 (id int)");` });
        assert.equal(p.athanor("heads").code, 0);
        const child = p.athanorAsync("upgrade", "head");
        // wait until the sleeping statement is running
        for (let i = 0; i < 100; i++) {
            const busy = await db.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'");
            if (busy.length)
                break;
            await new Promise((r) => setTimeout(r, 100));
        }
        process.kill(child.pid, "SIGKILL");
        await child;
        // the server notices the dead client; wait for its backend to go
        for (let i = 0; i < 100; i++) {
            const busy = await db.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' AND state = 'active'");
            if (!busy.length)
                break;
            await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'");
            await new Promise((r) => setTimeout(r, 100));
        }
        const mid = await db.query("SELECT tablename AS t FROM pg_tables WHERE tablename LIKE 'k%' ORDER BY 1");
        assert.deepEqual(mid.map((r) => r.t), ["k1"], "k002's CREATE TABLE k2 must have rolled back");
        p.rev("k002", "k001", { up: `  await op.execute("CREATE TABLE k2 (id int)");\n  await op.execute("CREATE TABLE k2b (id int)");` });
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 0, r.stderr);
        const end = await db.query("SELECT tablename AS t FROM pg_tables WHERE tablename LIKE 'k%' ORDER BY 1");
        assert.deepEqual(end.map((x) => x.t), ["k1", "k2", "k2b", "k3"]);
        const heads = await db.query("SELECT version_num AS v FROM athanor_version");
        assert.deepEqual(heads.map((h) => h.v), ["k003"]);
    });
    test("lockWaitTimeout: a second process gives up with a clear error", async () => {
        const { db, p } = await setup();
        p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations", lockWaitTimeout: 300 });\n`);
        p.rev("w001", null, { up: `  await op.execute("SELECT pg_sleep(3)");` });
        assert.equal(p.athanor("heads").code, 0);
        const first = p.athanorAsync("upgrade", "head");
        for (let i = 0; i < 100; i++) {
            const busy = await db.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(3)%'");
            if (busy.length)
                break;
            await new Promise((r) => setTimeout(r, 50));
        }
        const second = p.athanor("upgrade", "head");
        assert.equal(second.code, 1);
        assert.match(second.stderr, /gave up waiting for the migration lock after 300 ms/);
        assert.equal((await first).code, 0);
    });
});

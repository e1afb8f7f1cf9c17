/**
 * Per-run mode records a run's steps together, as their net change, just
 * before COMMIT. Every command must leave the same version rows, and as many
 * log rows, as per-migration mode (one statement per step) does, on a graph
 * with branches, a merge, a second root and a cross-branch dependency.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject, writeTraversalGraph } from "../support/project.js";
const opts = await requirePostgres();
const commands = [
    ["upgrade", "heads"],
    ["downgrade", "base"],
    ["upgrade", "dd110004"],
    ["upgrade", "dd220005"],
    ["upgrade", "heads"],
    ["downgrade", "cccc0003"],
    ["upgrade", "eeee0008"],
    ["downgrade", "x@-1"],
    ["stamp", "mmmm0006", "rrrr0007"],
    ["upgrade", "heads"],
    ["downgrade", "other@-1"],
    ["downgrade", "dd110004"],
    ["stamp", "base"],
];
describe("per-run recording matches per-migration", opts, () => {
    const dbs = {};
    const projects = {};
    before(async () => {
        for (const mode of ["per-run", "per-migration"]) {
            dbs[mode] = await createTestDatabase();
            projects[mode] = new MigrationProject(dbs[mode].url, { transactionMode: mode });
            writeTraversalGraph(projects[mode]);
        }
    });
    after(async () => {
        for (const p of Object.values(projects))
            p.cleanup();
        for (const d of Object.values(dbs))
            await d.drop();
    });
    const state = async (db) => ({
        heads: (await db.query("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((r) => r.v),
        log: (await db.query("SELECT revision AS r, direction AS d FROM athanor_version_log ORDER BY id")).map((x) => `${x.d} ${x.r}`),
    });
    for (const cmd of commands) {
        test(`athanor ${cmd.join(" ")}`, async () => {
            const outs = {};
            for (const mode of ["per-run", "per-migration"]) {
                const r = projects[mode]?.athanor(...cmd);
                assert.equal(r?.code, 0, r?.stderr);
                outs[mode] = (r?.stderr ?? "").split("\n").filter((l) => l.startsWith("Running ")).map((l) => l.replace(/ \(\d+ ms\)$/, "")).join("\n");
            }
            assert.equal(outs["per-run"], outs["per-migration"], "same steps in the same order");
            assert.deepEqual(await state(dbs["per-run"]), await state(dbs["per-migration"]));
        });
    }
    test("a version table changed behind the run's back is caught at COMMIT, and nothing is kept", async () => {
        const db = await createTestDatabase();
        const p = new MigrationProject(db.url, { transactionMode: "per-run" });
        try {
            p.rev("aaaa0001", null, { up: '  await op.execute("CREATE TABLE t1 (id int)");' })
                .rev("bbbb0002", "aaaa0001", { up: '  await op.execute("DELETE FROM athanor_version");\n  await op.execute("CREATE TABLE t2 (id int)");' })
                .rev("cccc0003", "bbbb0002");
            assert.equal(p.athanor("upgrade", "aaaa0001").code, 0);
            const r = p.athanor("upgrade", "head");
            assert.equal(r.code, 1);
            assert.match(r.stderr, /expected to match one row when deleting 'aaaa0001' in athanor_version; 0 found/);
            const heads = (await db.query("SELECT version_num AS v FROM athanor_version")).map((x) => x.v);
            assert.deepEqual(heads, ["aaaa0001"]);
            assert.equal((await db.query("SELECT to_regclass('t2') AS t"))[0]?.t, null);
        }
        finally {
            p.cleanup();
            await db.drop();
        }
    });
});

/**
 * The zero-setup path: init, revision, upgrade on the embedded PGlite
 * database, with no server. Several processes on the same PGlite directory
 * take turns instead of corrupting it.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
const cleanups = [];
after(() => {
    for (const c of cleanups)
        c();
});
describe("PGlite (embedded PostgreSQL)", () => {
    test("init && revision && upgrade head works with no server; current and downgrade too", () => {
        const p = new TempProject();
        cleanups.push(() => p.cleanup());
        assert.equal(p.run(["init"]).code, 0);
        assert.equal(p.run(["revision", "-m", "first", "--rev-id", "f1f1f1f1f1f1"]).code, 0);
        const file = `migrations/versions/${p.ls("migrations/versions").find((f) => f.startsWith("f1f1"))}`;
        p.write(file, p.read(file).replace("export async function upgrade(op: MigrationOps): Promise<void> {\n", 'export async function upgrade(op: MigrationOps): Promise<void> {\n  await op.execute("CREATE TABLE hello (id int)");\n'));
        const up = p.run(["upgrade", "head"]);
        assert.equal(up.code, 0, up.stderr);
        assert.match(up.stderr, /Connected to pglite:.*\.athanor\/pglite/);
        assert.match(up.stderr, /Running upgrade {2}-> f1f1f1f1f1f1, first/);
        const cur = p.run(["current"]);
        assert.equal(cur.stdout.trim(), "f1f1f1f1f1f1 (head)");
        const down = p.run(["downgrade", "base"]);
        assert.equal(down.code, 0, down.stderr);
        assert.equal(p.run(["current"]).stdout, "");
    });
    test("four processes upgrading the same PGlite directory take turns", async () => {
        const p = new TempProject();
        cleanups.push(() => p.cleanup());
        p.run(["init", "-q"]);
        for (const id of ["a1a1a1a1a1a1", "b2b2b2b2b2b2"])
            assert.equal(p.run(["revision", "-q", "-m", id, "--rev-id", id]).code, 0);
        const runs = await Promise.all([1, 2, 3, 4].map(() => p.runAsync(["upgrade", "head"])));
        for (const r of runs)
            assert.equal(r.code, 0, r.stderr);
        const applied = runs.filter((r) => /Running upgrade/.test(r.stderr));
        assert.equal(applied.length, 1, runs.map((r) => r.stderr).join("\n---\n"));
        assert.equal(p.run(["current"]).stdout.trim(), "b2b2b2b2b2b2 (head)");
    });
});

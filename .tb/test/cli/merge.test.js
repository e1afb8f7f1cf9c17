/** `athanor merge REVS… -m MSG`: a revision whose parents are the given heads. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { fails, GRAPHS, ok, writeGraph } from "./helpers.js";
describe("merge", () => {
    const project = new TempProject();
    before(async () => {
        project.write("migrations/versions/.gitkeep", "");
        for (const args of [
            ["-m", "root", "--rev-id", "aaaa00000001"],
            ["-m", "main", "--rev-id", "bbbb00000001"],
            ["-m", "shop", "--head", "aaaa", "--splice", "--branch-label", "shop", "--rev-id", "cccc00000001"],
            ["-m", "billing", "--head", "aaaa", "--splice", "--branch-label", "billing", "--rev-id", "dddd00000001"],
        ]) {
            ok(await project.runAsync(["revision", ...args, "-q"]));
        }
    });
    after(() => project.cleanup());
    test("merging revisions that are not heads needs --splice", async () => {
        const msg = fails(await project.runAsync(["merge", "aaaa", "bbbb", "-m", "x"]));
        assert.equal(msg, "revision aaaa00000001 is not a head revision; pass --splice to create a new branch from it");
    });
    test("an unknown revision", async () => {
        assert.equal(fails(await project.runAsync(["merge", "bbbb", "zzzz", "-m", "x"])), "No such revision or branch 'zzzz'");
    });
    test("a single revision is bad usage", async () => {
        assert.equal(fails(await project.runAsync(["merge", "bbbb", "-m", "x"]), 2), "merge needs at least two revisions to merge (got bbbb00000001)");
    });
    test("the same revision twice", async () => {
        assert.equal(fails(await project.runAsync(["merge", "bbbb", "bbbb00000001", "-m", "x"])), "duplicate head revisions specified");
    });
    test("two named heads (partial id and label@head), with --rev-id and --branch-label", async () => {
        const r = await project.runAsync(["merge", "bbbb", "shop@head", "-m", "merge shop", "--rev-id", "eeee00000001", "--branch-label", "merged"]);
        ok(r);
        assert.equal(r.stderr, "Generating migrations/versions/eeee00000001_merge_shop.ts ... done\n");
        const text = project.read("migrations/versions/eeee00000001_merge_shop.ts");
        assert.match(text, /^ \* Revises: bbbb00000001, cccc00000001$/m);
        assert.match(text, /^export const downRevision: string \| string\[\] \| null = \["bbbb00000001", "cccc00000001"\];$/m);
        assert.match(text, /^export const branchLabels: string\[\] = \["merged"\];$/m);
        assert.match(ok(await project.runAsync(["show", "merged"])), /^Rev: eeee00000001 \(head\) \(mergepoint\)\nMerges: bbbb00000001, cccc00000001\n/);
    });
    test("merge heads: every head; --json gives the id and path", async () => {
        const r = await project.runAsync(["merge", "heads", "-m", "all together", "--rev-id", "ffff00000001", "--json"]);
        assert.deepEqual(JSON.parse(ok(r)), { revision: "ffff00000001", path: "migrations/versions/ffff00000001_all_together.ts" });
        assert.match(project.read("migrations/versions/ffff00000001_all_together.ts"), /= \["dddd00000001", "eeee00000001"\];$/m);
        assert.equal(ok(await project.runAsync(["heads"])), "ffff00000001 (shop, billing, merged) (head)\n");
        assert.equal(ok(await project.runAsync(["history", "-r", "eeee:"])), "dddd00000001, eeee00000001 -> ffff00000001 (shop, billing, merged) (head) (mergepoint), all together\n" +
            "bbbb00000001, cccc00000001 -> eeee00000001 (shop, merged) (mergepoint), merge shop\n");
    });
    test("merge heads with a single head: nothing to merge (exit 1)", async () => {
        assert.equal(fails(await project.runAsync(["merge", "heads", "-m", "x"])), "nothing to merge: there is only one head (ffff00000001)");
    });
    test("without -m the doc says 'empty message'", async () => {
        const other = new TempProject();
        try {
            writeGraph(other, GRAPHS.branched);
            const r = await other.runAsync(["merge", "heads", "--rev-id", "9999aaaa0001", "-q"]);
            ok(r);
            // Like Alembic, `heads` here are the real heads: bbbb22223333 is only depended upon (an effective head).
            assert.match(other.read("migrations/versions/9999aaaa0001_.ts"), /^ \* empty message\n \*\n \* Revision ID: 9999aaaa0001\n \* Revises: 1111aaaa2222, dddd44445555$/m);
            assert.equal(ok(await other.runAsync(["heads"])), "9999aaaa0001 (lib, shop) (head)\nbbbb22223333 (effective head)\n");
        }
        finally {
            other.cleanup();
        }
    });
});

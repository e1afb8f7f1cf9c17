/**
 * Alembic's version-table cases through the CLI, on a graph with a branch
 * point and a merge (a1 <- b2 <- {c3x (label x), c3y (label y)} <- m4): the
 * first revision inserts a row, a step along a branch updates it, the
 * second branch adds a row, the merge turns two rows into one, the unmerge
 * one into two, a branch going down to the shared ancestor removes its
 * row, and going down to base empties the table. Each state is read over a
 * second connection; the log table holds one row per step, in order.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { IN_ORDER, read } from "../context.js";
import { describeRun, stepLines } from "../project.js";
export function versionTableCases(ctx) {
    describe("version table: insert, update, branch add/remove, merge, unmerge, stamp", IN_ORDER, () => {
        let db;
        let p;
        before(async () => {
            db = await ctx.database();
            p = ctx.project(db);
            p.rev("a1", null)
                .rev("b2", "a1")
                .rev("c3x", "b2", { branchLabels: ["x"] })
                .rev("c3y", "b2", { branchLabels: ["y"] })
                .rev("m4", ["c3x", "c3y"]);
        });
        const step = (title, args, steps, heads) => test(title, async () => {
            const r = await p.athanor(...args);
            assert.equal(r.code, 0, describeRun(r));
            assert.deepEqual(stepLines(r.stderr), steps);
            assert.deepEqual(await read(ctx, db, (c) => c.heads()), heads);
        });
        step("insert: base to the first revision", ["upgrade", "a1"], ["Running upgrade  -> a1"], ["a1"]);
        step("update along a branch: up to one side of the branch point", ["upgrade", "c3x"], ["Running upgrade a1 -> b2", "Running upgrade b2 -> c3x"], ["c3x"]);
        step("branch add: the other side, from the shared ancestor", ["upgrade", "c3y"], ["Running upgrade b2 -> c3y"], ["c3x", "c3y"]);
        step("merge: two rows become one", ["upgrade", "m4"], ["Running upgrade c3x, c3y -> m4"], ["m4"]);
        step("unmerge: one row becomes two", ["downgrade", "-1"], ["Running downgrade m4 -> c3x, c3y"], ["c3x", "c3y"]);
        step("branch remove: one branch goes down to the shared ancestor", ["downgrade", "y@-1"], ["Running downgrade c3y -> b2"], ["c3x"]);
        step("delete: down to base", ["downgrade", "base"], ["Running downgrade c3x -> b2", "Running downgrade b2 -> a1", "Running downgrade a1 -> "], []);
        test("the log table holds one row per step, in order", async () => {
            const q = ctx.q;
            const rows = await read(ctx, db, (c) => c.rows(`SELECT ${q("revision")}, ${q("direction")} FROM ${q("athanor_version_log")} ORDER BY ${q("id")}`));
            assert.deepEqual(rows.map((r) => `${r.direction} ${r.revision}`), ["up a1", "up b2", "up c3x", "up c3y", "up m4", "down m4", "down c3y", "down c3x", "down b2", "down a1"]);
        });
        step("stamp: several revisions at once, no migration run", ["stamp", "c3x", "c3y"], ["Running stamp  -> c3x", "Running stamp  -> c3y"], [
            "c3x",
            "c3y",
        ]);
        step("stamp: the merge point turns two rows into one", ["stamp", "m4"], ["Running stamp c3x, c3y -> m4"], ["m4"]);
        step("stamp --purge: replaces whatever is there", ["stamp", "--purge", "b2"], ["Running stamp  -> b2"], ["b2"]);
        step("stamp base: empties the table", ["stamp", "base"], ["Running stamp b2 -> "], []);
    });
    describe("version table with a hostile name (and schema): merge and unmerge", IN_ORDER, () => {
        let db;
        let p;
        const ref = { table: 'Version "Table" select', ...(ctx.target.capabilities.schemas ? { schema: 'Version "Schema"' } : {}) };
        before(async () => {
            db = await ctx.database();
            p = ctx.project(db, { versionTable: ref.table, ...(ref.schema ? { versionTableSchema: ref.schema } : {}) });
            p.rev("a1", null).rev("b2x", "a1").rev("b2y", "a1").rev("m3", ["b2x", "b2y"]);
        });
        test("upgrade through a branch point and a merge, then down to base: the table named so holds the heads", async () => {
            // upgrade heads inserts, adds the second branch, merges (delete + update); downgrade base unmerges and deletes.
            const seen = [];
            for (const args of [["upgrade", "heads"], ["downgrade", "base"]]) {
                const r = await p.athanor(...args);
                assert.equal(r.code, 0, describeRun(r));
                seen.push(await read(ctx, db, (c) => c.heads(ref)));
            }
            assert.deepEqual(seen, [["m3"], []]);
            const log = ctx.target.dialect.qualify(`${ref.table}_log`, ref.schema);
            const rows = await read(ctx, db, (c) => c.rows(`SELECT ${ctx.q("direction")} FROM ${log} ORDER BY ${ctx.q("id")}`));
            assert.deepEqual(rows.map((r) => r.direction).join(" "), "up up up up down down down down");
        });
    });
}

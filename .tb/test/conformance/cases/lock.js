/**
 * The migration lock with two processes: both run `upgrade head` over the
 * same N revisions at once. Both exit 0, and each revision ran exactly once:
 * one row per revision in a counter table the revisions write, one `up` row
 * per revision in the log, N step lines across the two outputs.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { IN_ORDER, read } from "../context.js";
import { describeRun, stepLines } from "../project.js";
const N = 8;
export function lockCases(ctx) {
    describe("lock: two processes race over the same revisions", IN_ORDER, () => {
        test(`both exit 0 and each of ${N} revisions ran exactly once`, async () => {
            const db = await ctx.database();
            const p = ctx.project(db);
            const id = (i) => `l${i}`;
            for (let i = 1; i <= N; i++) {
                const create = i === 1 ? `  await op.createTable("applied", { columns: [{ name: "rev", type: t.varchar(32), nullable: false }] });\n` : "";
                // A pause while holding the lock, so that the other process arrives while this one works.
                p.rev(id(i), i === 1 ? null : id(i - 1), {
                    up: `${create}  await new Promise((resolve) => setTimeout(resolve, 25));\n  await op.bulkInsert("applied", [{ rev: ${JSON.stringify(id(i))} }]);`,
                });
            }
            const runs = await Promise.all([p.athanor("upgrade", "head"), p.athanor("upgrade", "head")]);
            for (const r of runs)
                assert.equal(r.code, 0, describeRun(r));
            assert.equal(runs.flatMap((r) => stepLines(r.stderr)).length, N, runs.map((r) => r.stderr).join("\n---\n"));
            const q = ctx.q;
            const seen = await read(ctx, db, async (c) => ({
                heads: await c.heads(),
                applied: (await c.rows(`SELECT ${q("rev")} FROM ${q("applied")}`)).map((r) => r.rev).sort(),
                logged: (await c.rows(`SELECT ${q("revision")} FROM ${q("athanor_version_log")} WHERE ${q("direction")} = 'up'`))
                    .map((r) => r.revision)
                    .sort(),
            }));
            const all = Array.from({ length: N }, (_, i) => id(i + 1)).sort();
            assert.deepEqual(seen, { heads: [id(N)], applied: all, logged: all });
        });
    });
}

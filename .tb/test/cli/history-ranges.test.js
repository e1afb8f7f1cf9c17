/**
 * `history -r` ranges where Alembic 1.8 fails or drops an end, as people
 * type them: a relative lower end with several heads, ranges whose ends are
 * linked by dependsOn or named with a label, and `rev+N` as the lower end.
 * (Where Alembic lists a range, alembic-text.test.ts compares the text.)
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { GRAPHS, ok, writeGraph } from "./helpers.js";
/** The revision ids `history` printed, newest first. */
function listed(stdout) {
    return stdout
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => /-> ([0-9a-f]{12})\b/.exec(l)[1]);
}
// a <- b <- c, a <- d
const TWO_HEADS = [
    { rev: "aaaa00000001", down: null, message: "a" },
    { rev: "bbbb00000001", down: "aaaa00000001", message: "b" },
    { rev: "cccc00000001", down: "bbbb00000001", message: "c" },
    { rev: "dddd00000001", down: "aaaa00000001", message: "d" },
];
describe("history -r with several heads and a relative lower end", { concurrency: true }, () => {
    const project = new TempProject();
    before(() => writeGraph(project, TWO_HEADS));
    after(() => project.cleanup());
    const history = async (range) => {
        const r = await project.runAsync(["history", "-r", range]);
        assert.equal(r.stderr, "", `${range}: ${r.stderr}`);
        return listed(ok(r, `history -r ${range}`));
    };
    test("-1:cccc lists b..c (counted from the upper end's head)", async () => {
        assert.deepEqual(await history("-1:cccc"), ["cccc00000001", "bbbb00000001"]);
        assert.deepEqual(await history("-2:cccc"), ["cccc00000001", "bbbb00000001", "aaaa00000001"]);
    });
    test("-N: counts from each head and is clamped at the base (no downgrade error)", async () => {
        const all = ["cccc00000001", "bbbb00000001", "dddd00000001", "aaaa00000001"];
        assert.deepEqual(await history("-1:"), all);
        assert.deepEqual(await history("-4:"), all);
    });
    test("rev+N works as the lower end", async () => {
        assert.deepEqual(await history("bbbb+1:"), ["cccc00000001"]);
        assert.deepEqual(await history("cccc+1:"), ["cccc00000001"]);
    });
});
describe("history -r on the merged graph: lib and the revision that depends on it", { concurrency: true }, () => {
    const project = new TempProject();
    before(() => writeGraph(project, GRAPHS.merged));
    after(() => project.cleanup());
    const history = async (range) => listed(ok(await project.runAsync(["history", "-r", range]), `history -r ${range}`));
    test("both ends are listed", async () => {
        for (const range of ["lib:", "1111aaaa2222:2222", "lib@head:2222", "lib@head:"]) {
            assert.deepEqual(await history(range), ["2222bbbb3333", "1111aaaa2222"], range);
        }
    });
    test("cccc+1: starts one above cccc", async () => {
        assert.deepEqual(await history("cccc+1:"), ["2222bbbb3333", "ffff66667777", "eeee55556666", "dddd44445555"]);
    });
});

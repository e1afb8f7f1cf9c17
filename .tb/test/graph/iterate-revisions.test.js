/**
 * Ports of Alembic's tests/test_revision.py traversal cases (DownIterateTest
 * and friends): the exact order of iterate_revisions for diamonds, long and
 * short branches, labelled branches, several bases, cross-root dependencies
 * and normalized dependencies. Every result is also checked against the
 * partial order (each revision before its down revisions and dependencies).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { iterateRevisions } from "../../src/graph/index.js";
import { throwsGraph, ids, labeledBranchMap, mapOf, r } from "./helpers.js";
function assertIteration(map, upper, lower, expected, options = { inclusive: true }) {
    const got = ids(iterateRevisions(map, upper, lower, { inclusive: true, ...options }));
    // newest first: every revision before its own down revisions
    const pos = new Map(got.map((id, i) => [id, i]));
    for (const id of got) {
        for (const d of map.get(id)?.normalizedDownRevisions ?? []) {
            if (pos.has(d))
                assert.ok(pos.get(id) < pos.get(d), `${id} must come before ${d}`);
        }
    }
    assert.deepEqual(got, expected);
}
describe("basic maps", () => {
    test("diamond", () => {
        const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("c", ["b1", "b2"]), r("d", "c"));
        assertIteration(map, "d", "a", ["d", "c", "b1", "b2", "a"]);
    });
    test("empty map", () => {
        assertIteration(mapOf(), "head", "base", []);
        assert.deepEqual(mapOf().heads, []);
    });
    test("duplicate targets are tolerated", () => {
        const map = mapOf(r("a"), r("b", "a"), r("c", "b"));
        assertIteration(map, ["c", "c"], "a", ["c", "b"], { inclusive: false });
    });
    test("long and short branches", () => {
        const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("c1", "b1"), r("d11", "c1"), r("d12", "c1"));
        assertIteration(map, "heads", "base", ["b2", "d11", "d12", "c1", "b1", "a"]);
    });
});
describe("labelled branches", () => {
    const map = labeledBranchMap();
    test("heads to a named base", () => {
        assertIteration(map, "heads", "ebranch@base", ["f", "someothername", "e", "d"]);
        assertIteration(map, "heads", "abranch@base", ["c", "somelongername", "b", "a"]);
    });
    test("named head to base", () => {
        assertIteration(map, "ebranch@head", "base", ["f", "someothername", "e", "d"]);
        assertIteration(map, "abranch@head", "base", ["c", "somelongername", "b", "a"]);
    });
    test("named head / named revision to heads", () => {
        assertIteration(map, "heads", "ebranch@head", ["f"]);
        assertIteration(map, "heads", "ebranch@d", ["f", "someothername", "e", "d"]);
    });
    test("revision-scoped base", () => {
        assertIteration(map, "heads", "e@base", ["f", "someothername", "e", "d"]);
        assertIteration(map, "heads", "c@base", ["c", "somelongername", "b", "a"]);
    });
    test("relative on a branch", () => {
        assertIteration(map, "heads", "ebranch@-2", ["f", "someothername", "e"]);
        assertIteration(map, "ebranch@+2", "base", ["e", "d"]);
    });
    test("labels propagate to descendants and down to the branch point", () => {
        assert.deepEqual(map.get("d")?.branchLabels, ["ebranch"]);
        assert.deepEqual(map.get("f")?.branchLabels, ["ebranch"]);
        assert.deepEqual(map.get("c")?.branchLabels, ["abranch"]);
    });
});
describe("multiple branches", () => {
    const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("cb1", "b1"), r("cb2", "b2"), r("d1cb1", "cb1"), r("d2cb1", "cb1"), r("d1cb2", "cb2"), r("d2cb2", "cb2"), r("d3cb2", "cb2"), r("d1d2cb2", ["d1cb2", "d2cb2"]));
    test("orders", () => {
        assertIteration(map, "d1d2cb2", "a", ["d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a"]);
        assertIteration(map, ["d2cb2", "d3cb2"], "a", ["d2cb2", "d3cb2", "cb2", "b2", "a"]);
        assertIteration(map, "d3cb2", "a", ["d3cb2", "cb2", "b2", "a"]);
        assertIteration(map, "d3cb2", "base", ["d3cb2", "cb2", "b2", "a"]);
        assertIteration(map, ["d3cb2", "cb1"], "base", ["cb1", "b1", "d3cb2", "cb2", "b2", "a"]);
        // d1cb1 is not a descendant of b2
        assertIteration(map, ["d1cb1", "d2cb2", "d3cb2"], "b2", ["d2cb2", "d3cb2", "cb2", "b2"]);
    });
    test("ranges that are not along one branch", () => {
        throwsGraph(() => iterateRevisions(map, "b1", "d1cb1"), "GRAPH.RANGE_NOT_ANCESTOR", /d1cb1 is not an ancestor of b1/);
        throwsGraph(() => iterateRevisions(map, "d2cb2", "b1"), "GRAPH.RANGE_NOT_ANCESTOR", /b1 is not an ancestor of d2cb2/);
        throwsGraph(() => iterateRevisions(map, null, "d1cb1"), "GRAPH.RANGE_NOT_ANCESTOR", /d1cb1 is not an ancestor of base/);
        throwsGraph(() => iterateRevisions(map, [], "d1cb1"), "GRAPH.RANGE_NOT_ANCESTOR");
    });
});
describe("effective heads", () => {
    const map = mapOf(r("y1", null, { labels: ["y"] }), r("x1", null, { labels: ["x"] }), r("y2", "y1", { deps: ["x1"] }), r("x2", "x1"));
    const down = { inclusive: false, selectForDowngrade: true };
    test("downgrade x@-1 with various current heads", () => {
        assertIteration(map, ["x2", "y2"], "x@-1", ["x2"], down);
        assertIteration(map, ["x1", "y2"], "x@-1", ["y2", "x1"], down);
        assertIteration(map, "y2", "x@-1", ["y2", "x1"], down);
    });
});
describe("branch travelling", () => {
    const map = mapOf(r("a1"), r("a2", "a1"), r("a3", "a2"), r("b1", "a3"), r("b2", "a3"), r("cb1", "b1"), r("cb2", "b2"), r("db1", "cb1"), r("db2", "cb2"), r("e1b1", "db1"), r("fe1b1", "e1b1"), r("e2b1", "db1"), r("e2b2", "db2"), r("merge", ["e2b1", "e2b2"]));
    test("implicit base fills every branch feeding a merge", () => {
        assertIteration(map, "merge", "db1", ["merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2"], {
            inclusive: true,
            implicitBase: true,
        });
    });
    test("branches are drained to their branch point", () => {
        assertIteration(map, ["merge", "fe1b1"], "a3", [
            "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3",
        ]);
        assertIteration(map, "merge", "a1", [
            "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1",
        ]);
        assertIteration(map, "merge", "b1", ["merge", "e2b1", "db1", "cb1", "b1"]);
        assertIteration(map, "merge", "a2", [
            "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2",
        ]);
        assertIteration(map, ["merge", "fe1b1"], "a1", [
            "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1",
        ]);
    });
    test("several lower revisions", () => {
        assertIteration(map, ["merge", "fe1b1"], ["cb1", "cb2"], [
            "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2",
        ]);
        assertIteration(map, ["merge", "fe1b1"], ["cb1", "cb2"], ["fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2"], {
            inclusive: false,
        });
    });
    test("overlapping targets are rejected", () => {
        const e = throwsGraph(() => iterateRevisions(map, ["db1", "b2", "fe1b1"], []), "GRAPH.OVERLAPPING_REVISIONS", /Requested revision fe1b1 overlaps with other requested revisions db1/);
        assert.deepEqual(e.details.revisions, ["fe1b1", "db1"]);
    });
    test("to a blank lower", () => {
        assertIteration(map, ["e2b1", "b2", "fe1b1"], [], ["b2", "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1"], {
            inclusive: false,
        });
        assertIteration(map, ["fe1b1"], "base", ["fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1"], { inclusive: false });
    });
    test("ancestors", () => {
        assert.deepEqual(ids(map.ancestors(["merge"])).sort(), ["a1", "a2", "a3", "b1", "b2", "cb1", "cb2", "db1", "db2", "e2b1", "e2b2", "merge"]);
    });
});
describe("several bases", () => {
    const map = mapOf(r("base1"), r("base2"), r("base3"), r("a1a", "base1"), r("a1b", "base1"), r("a2", "base2"), r("a3", "base3"), r("b1a", "a1a"), r("b1b", "a1b"), r("b2", "a2"), r("b3", "a3"), r("c2", "b2"), r("d2", "c2"), r("mergeb3d2", ["b3", "d2"]));
    const all = ["b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2"];
    test("heads to base", () => {
        assertIteration(map, "heads", "base", all);
        assertIteration(map, "heads", "base", all, { inclusive: false });
        assertIteration(map, "heads", null, all);
    });
    test("overlapping lower revisions", () => {
        throwsGraph(() => iterateRevisions(map, ["c2"], ["a2", "b2"]), "GRAPH.OVERLAPPING_REVISIONS");
    });
    test("implicit base", () => {
        assertIteration(map, "heads", ["c2"], all.slice(0, 10), { inclusive: false, implicitBase: true });
        assertIteration(map, "heads", ["c2"], ["mergeb3d2", "d2"], { inclusive: false });
        assertIteration(map, "heads", ["c2"], [...all.slice(0, 10), "c2"], { inclusive: true, implicitBase: true });
        assertIteration(map, "b3", "base3", ["b3", "a3", "base3"]);
        assertIteration(map, ["b3", "b2"], "base3", ["b2", "a2", "base2", "b3", "a3"], { inclusive: false, implicitBase: true });
    });
});
describe("several bases with cross-root dependencies (one)", () => {
    const map = mapOf(r("base1", null, { labels: ["b_1"] }), r("a1a", "base1"), r("a1b", "base1"), r("b1a", "a1a"), r("b1b", "a1b", { deps: ["a3"] }), r("base2", null, { labels: ["b_2"] }), r("a2", "base2"), r("b2", "a2"), r("c2", "b2", { deps: ["a3"] }), r("d2", "c2"), r("base3", null, { labels: ["b_3"] }), r("a3", "base3"), r("b3", "a3"));
    const down = { selectForDowngrade: true };
    test("heads", () => {
        assert.deepEqual(map.heads, ["b1a", "b1b", "d2", "b3"]);
    });
    test("heads to base, up and down", () => {
        const all = ["b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3"];
        assertIteration(map, "heads", "base", all);
        assertIteration(map, "heads", "base", all, down);
    });
    test("wrong directions", () => {
        throwsGraph(() => iterateRevisions(map, "b2", "d2"), "GRAPH.RANGE_NOT_ANCESTOR");
        throwsGraph(() => iterateRevisions(map, "b3", "d2"), "GRAPH.RANGE_NOT_ANCESTOR");
    });
    test("per-branch upgrades pull in dependencies, downgrades do not", () => {
        assertIteration(map, "b_2@head", "base", ["d2", "c2", "b2", "a2", "base2", "a3", "base3"]);
        assertIteration(map, "b_2@head", "b_2@base", ["d2", "c2", "b2", "a2", "base2"], down);
        assertIteration(map, "b_3@head", "base", ["b3", "a3", "base3"]);
        assertIteration(map, "b_3@head", "base", ["b3", "a3", "base3"], down);
        assertIteration(map, "b1b@head", "base", ["b1b", "a1b", "base1", "a3", "base3"]);
        assertIteration(map, "b1b@head", "b1b@base", ["b1b", "a1b", "base1"], down);
        assertIteration(map, "heads", "b_2@base", ["d2", "c2", "b2", "a2", "base2", "a3", "base3"]);
        assertIteration(map, "heads", "b_2@base", ["d2", "c2", "b2", "a2", "base2"], down);
        assertIteration(map, "heads", "b_3@base", ["b3", "a3", "base3"]);
        // downgrading b_3 to base takes down everything that depends on a3 first
        assertIteration(map, "heads", "b_3@base", ["b1b", "d2", "c2", "b3", "a3", "base3"], down);
    });
});
describe("several bases with cross-root dependencies (two)", () => {
    const map = mapOf(r("base1", null, { labels: ["b_1"] }), r("a1", "base1"), r("b1", "a1"), r("c1", "b1"), r("base2", null, { deps: ["b_1"], labels: ["b_2"] }), r("a2", "base2"), r("b2", "a2"), r("c2", "b2"), r("d2", "c2"), r("base3", null, { labels: ["b_3"] }), r("a3", "base3"), r("b3", "a3"), r("c3", "b3", { deps: ["b2"] }), r("d3", "c3"));
    test("heads and orders", () => {
        assert.deepEqual(map.heads, ["c1", "d2", "d3"]);
        assertIteration(map, "heads", "base", [
            "c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1",
        ]);
        assertIteration(map, "b_2@head", "base", ["d2", "c2", "b2", "a2", "base2", "base1"]);
        assertIteration(map, "b_3@head", "base", ["d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1"]);
        assertIteration(map, "b_1@head", "base", ["c1", "b1", "a1", "base1"]);
        assertIteration(map, "heads", "b_1@base", ["c1", "b1", "a1", "base1"]);
        assertIteration(map, "heads", "b_2@base", ["d2", "c2", "b2", "a2", "base2", "base1"]);
        assertIteration(map, "heads", "b_3@base", ["d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1"]);
    });
    test("a dependency on a label resolves to the labelled revision", () => {
        assert.deepEqual(map.get("base2")?.resolvedDependencies, ["base1"]);
        assert.deepEqual(map.get("base2")?.dependsOn, ["b_1"]);
    });
});
test("a base that only has a dependency", () => {
    const map = mapOf(r("base1"), r("a1", "base1"), r("b1", "a1"), r("c2", null, { deps: ["a1"] }), r("c3", "c2"));
    assertIteration(map, "heads", "base", ["b1", "c3", "c2", "a1", "base1"]);
});
test("overlapping substrings in ids are not loops", () => {
    const withDep = mapOf(r("user_foo"), r("user", "user_foo", { deps: ["user_foo"] }));
    assertIteration(withDep, "heads", null, ["user", "user_foo"]);
    assertIteration(mapOf(r("user_foo"), r("user", "user_foo")), "heads", null, ["user", "user_foo"]);
    assertIteration(mapOf(r("user_foo"), r("user", null, { deps: ["user_foo"] })), "heads", null, ["user", "user_foo"]);
});
describe("normalized dependencies", () => {
    const map = mapOf(r("a1"), r("a2", "a1"), r("a3", "a2"), r("b1"), r("b2", "b1", { deps: ["a3"] }), r("b3", "b2"), r("b4", "b3", { deps: ["a3"] }), r("b5", "b4", { deps: ["b4"] }));
    test("dependencies implied by an ancestor are dropped", () => {
        assert.deepEqual(map.get("b4")?.allDownRevisions, ["b3", "a3"]);
        assert.deepEqual(map.get("b4")?.normalizedDownRevisions, ["b3"]);
        assert.deepEqual(map.get("b4")?.normalizedDependencies, []);
        assert.deepEqual(map.get("b5")?.allDownRevisions, ["b4"]);
        assert.deepEqual(map.get("b5")?.normalizedDownRevisions, ["b4"]);
    });
    test("traversals", () => {
        const down = { selectForDowngrade: true };
        assertIteration(map, "b4", "b1@base", ["b4", "b3", "b2", "b1"], down);
        assertIteration(map, "heads", "base", ["b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1"], down);
        assertIteration(map, "heads", "a2", ["b5", "b4", "b3", "b2", "a3", "a2"], down);
        assertIteration(map, "heads", "a2", ["b5", "b4", "b3", "b2", "b1", "a3", "a2"], { ...down, implicitBase: true });
        assertIteration(map, "b5", ["b1"], ["b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1"], { implicitBase: true });
    });
    test("implicit base through several dependencies", () => {
        const m = mapOf(r("c1"), r("a1"), r("a2", "a1", { deps: ["c1"] }), r("a3", "a2", { deps: ["c1"] }), r("b1"), r("b2", "b1", { deps: ["a3"] }), r("b3", "b2"), r("b4", "b3", { deps: ["a3"] }), r("b5", "b4"));
        assertIteration(m, "b5", ["b1"], ["b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1"], { implicitBase: true });
    });
});

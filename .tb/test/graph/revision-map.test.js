/** Building the map: validation errors, derived data, heads and bases, branch labels. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { RevisionMap } from "../../src/graph/index.js";
import { ids, mapOf, r, throwsGraph } from "./helpers.js";
describe("validation", () => {
    test("duplicate revision ids name both files", () => {
        const e = throwsGraph(() => mapOf(r("a", null, { path: "v/1_a.ts" }), r("b", "a"), r("a", "b", { path: "v/2_a.ts" })), "GRAPH.DUPLICATE_REVISION", /Revision a is present more than once: in v\/1_a\.ts and in v\/2_a\.ts/);
        assert.deepEqual(e.details.paths, ["v/1_a.ts", "v/2_a.ts"]);
    });
    test("missing down revision names the file", () => {
        throwsGraph(() => mapOf(r("aaaa1111"), r("bbbb2222", "zzzz9999", { path: "v/bbbb2222.ts" })), "GRAPH.MISSING_DOWN_REVISION", /Revision zzzz9999, the down revision of bbbb2222 \(v\/bbbb2222\.ts\), is not present/);
    });
    test("a near miss is suggested", () => {
        throwsGraph(() => mapOf(r("aaaa1111"), r("bbbb2222", "aaaa")), "GRAPH.MISSING_DOWN_REVISION", /did you mean aaaa1111\?/);
    });
    test("missing dependency names the file", () => {
        throwsGraph(() => mapOf(r("a"), r("b", "a", { deps: ["nolabel"], path: "v/b.ts" })), "GRAPH.MISSING_DEPENDENCY", /Revision or branch nolabel, which b depends on \(v\/b\.ts\), is not present/);
    });
    test("self-loops", () => {
        throwsGraph(() => mapOf(r("a", "a")), "GRAPH.SELF_LOOP", /^Self-loop is detected in revisions \(a\)/);
        throwsGraph(() => mapOf(r("a"), r("b", "a"), r("c", ["b", "c"])), "GRAPH.SELF_LOOP", /\(c\)/);
        throwsGraph(() => mapOf(r("a", null, { deps: ["a"] })), "GRAPH.DEPENDENCY_SELF_LOOP", /^Dependency self-loop is detected in revisions \(a\)/);
        throwsGraph(() => mapOf(r("a"), r("b", "a", { deps: ["b"] }), r("c1", "b")), "GRAPH.DEPENDENCY_SELF_LOOP");
        throwsGraph(() => mapOf(r("a", null, { labels: ["la"], deps: ["la"] })), "GRAPH.DEPENDENCY_SELF_LOOP", /its own branch label 'la'/);
    });
    test("cycles name the revisions in the cycle", () => {
        let e = throwsGraph(() => mapOf(r("a", "c"), r("b", "a"), r("c", "b")), "GRAPH.CYCLE", /^Cycle is detected in revisions \(/);
        assert.deepEqual([...(e.details.revisions ?? [])].sort(), ["a", "b", "c"]);
        assert.match(e.message, /a revises c/);
        // revisions hanging off the cycle are not blamed
        e = throwsGraph(() => mapOf(r("a", "c"), r("b", "a"), r("c", "b"), r("d", "c"), r("e", "d"), r("x"), r("y", "x")), "GRAPH.CYCLE");
        assert.deepEqual([...(e.details.revisions ?? [])].sort(), ["a", "b", "c"]);
        e = throwsGraph(() => mapOf(r("a"), r("b", "a"), r("c", ["b", "e"]), r("d", "c"), r("e", "d")), "GRAPH.CYCLE");
        assert.deepEqual([...(e.details.revisions ?? [])].sort(), ["c", "d", "e"]);
    });
    test("dependency cycles", () => {
        let e = throwsGraph(() => mapOf(r("a", null, { deps: ["c"] }), r("b", "a"), r("c", "b")), "GRAPH.DEPENDENCY_CYCLE", /^Dependency cycle is detected in revisions/);
        assert.deepEqual([...(e.details.revisions ?? [])].sort(), ["a", "b", "c"]);
        assert.match(e.message, /a depends on c/);
        e = throwsGraph(() => mapOf(r("a"), r("b", "a"), r("c", "b", { deps: ["e"] }), r("d", "c"), r("e", "d")), "GRAPH.DEPENDENCY_CYCLE");
        assert.deepEqual([...(e.details.revisions ?? [])].sort(), ["c", "d", "e"]);
    });
    test("a branch label used twice names both revisions", () => {
        const e = throwsGraph(() => mapOf(r("a"), r("b", "a"), r("c", "b", { labels: ["xy1"] }), r("d"), r("e", "d", { labels: ["xy1"] }), r("f", "e")), "GRAPH.DUPLICATE_BRANCH_LABEL", /Branch name 'xy1' in revision e already used by revision c/);
        assert.deepEqual(e.details.revisions, ["e", "c"]);
        throwsGraph(() => mapOf(r("a", null, { labels: ["b"] }), r("b", "a")), "GRAPH.DUPLICATE_BRANCH_LABEL", /it is the id of revision b/);
    });
    test("illegal characters and reserved names in ids", () => {
        for (const bad of ["a-b", "a+b", "a@b", "a:b"]) {
            throwsGraph(() => mapOf(r(bad)), "GRAPH.INVALID_REVISION_ID", /not allowed in revision identifier/);
        }
        throwsGraph(() => mapOf(r("a-b@c")), "GRAPH.INVALID_REVISION_ID", /Character\(s\) '@, -' not allowed in revision identifier 'a-b@c'/);
        throwsGraph(() => mapOf(r("")), "GRAPH.INVALID_REVISION_ID", /empty/);
        throwsGraph(() => mapOf(r("a b")), "GRAPH.INVALID_REVISION_ID", /Whitespace/);
        throwsGraph(() => mapOf(r("heads")), "GRAPH.INVALID_REVISION_ID", /reserved symbol/);
    });
    test("invalid branch labels", () => {
        throwsGraph(() => mapOf(r("a", null, { labels: ["x@y"] })), "GRAPH.INVALID_BRANCH_LABEL", /'x@y'/);
        throwsGraph(() => mapOf(r("a", null, { labels: ["head"] })), "GRAPH.INVALID_BRANCH_LABEL", /reserved/);
        throwsGraph(() => mapOf(r("a", null, { labels: ["-1"] })), "GRAPH.INVALID_BRANCH_LABEL", /relative/);
    });
    test("a down revision listed twice", () => {
        throwsGraph(() => mapOf(r("a"), r("b", ["a", "a"])), "GRAPH.DUPLICATE_REVISION", /lists the same down revision twice/);
    });
});
describe("derived data", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b", { labels: ["shop"] }), r("c2", "b"), r("x"), r("y", "x", { deps: ["shop"] }), r("m", ["c2", "y"], { message: "merge", path: "v/m.ts" }));
    test("children and flags", () => {
        const b = map.get("b");
        assert.deepEqual(b?.nextRevisions, ["c1", "c2"]);
        assert.equal(b?.isBranchPoint, true);
        assert.deepEqual(map.get("c1")?.allNextRevisions, ["y"]);
        assert.deepEqual(map.get("c1")?.nextRevisions, []);
        assert.equal(map.get("c1")?.isHead, true);
        assert.equal(map.get("c1")?.isRealHead, false);
        assert.equal(map.get("c1")?.isEffectiveHead, true);
        assert.equal(map.get("m")?.isMergePoint, true);
        assert.equal(map.get("a")?.isBase, true);
        assert.equal(map.get("a")?.isRealBase, true);
        assert.equal(map.get("x")?.isRealBase, true);
        assert.equal(map.get("y")?.isBase, false);
        assert.deepEqual(map.get("y")?.resolvedDependencies, ["c1"]);
        assert.deepEqual(map.get("y")?.normalizedDownRevisions, ["x", "c1"]);
    });
    test("heads and bases", () => {
        assert.deepEqual(map.heads, ["c1", "m"]);
        assert.deepEqual(map.realHeads, ["m"]);
        assert.deepEqual(map.bases, ["a", "x"]);
        assert.deepEqual(map.realBases, ["a", "x"]);
        const dep = mapOf(r("a"), r("b", null, { deps: ["a"] }));
        assert.deepEqual(dep.bases, ["a", "b"]);
        assert.deepEqual(dep.realBases, ["a"]);
    });
    test("source, message, doc, path", () => {
        const src = { revision: "q", downRevision: null, doc: "first\n\nsecond", extra: 7 };
        const m = new RevisionMap([src]);
        const q = m.get("q");
        assert.equal(q?.source.extra, 7);
        assert.equal(q?.message, "first");
        assert.equal(q?.doc, "first\n\nsecond");
        assert.equal(map.get("m")?.path, "v/m.ts");
        assert.equal(map.get("m")?.doc, "merge");
    });
    test("load order is kept", () => {
        assert.deepEqual(ids(map.revisions()), ["a", "b", "c1", "c2", "x", "y", "m"]);
        assert.equal(map.size, 7);
        assert.equal(map.has("m"), true);
        assert.equal(map.has("shop"), false);
        assert.equal(map.branchLabelOwner("shop")?.id, "c1");
    });
    test("ancestors, descendants, lineage", () => {
        assert.deepEqual(ids(map.ancestors(["m"])).sort(), ["a", "b", "c1", "c2", "m", "x", "y"]);
        assert.deepEqual(ids(map.ancestors(["m"], { dependencies: false })).sort(), ["a", "b", "c2", "m", "x", "y"]);
        assert.deepEqual(ids(map.descendants(["c1"])).sort(), ["c1", "m", "y"]);
        assert.deepEqual(ids(map.descendants(["c1"], { dependencies: false })), ["c1"]);
        assert.equal(map.isAncestor("a", "m"), true);
        assert.equal(map.isAncestor("c1", "m"), true);
        assert.equal(map.isAncestor("c1", "m", { dependencies: false }), false);
        assert.equal(map.isAncestor("m", "a"), false);
        assert.equal(map.sharesLineage("c2", "a"), true);
        assert.equal(map.sharesLineage("c2", "c1"), false);
        throwsGraph(() => map.isAncestor("zz", "a"), "GRAPH.UNKNOWN_REVISION");
    });
    test("all current (effective heads the table does not list)", () => {
        assert.deepEqual(ids(map.allCurrent(["m"])), ["c1", "m"]);
        assert.deepEqual(ids(map.allCurrent(["c2"])), ["c2"]);
    });
});
describe("branch label propagation (Alembic _add_branches)", () => {
    const labels = (...revs) => Object.fromEntries(mapOf(...revs).revisions().map((rev) => [rev.id, [...rev.branchLabels]]));
    test("down a single line to the base", () => {
        assert.deepEqual(labels(r("a"), r("b", "a"), r("c", "b", { labels: ["L"] }), r("d", "c")), {
            a: ["L"], b: ["L"], c: ["L"], d: ["L"],
        });
    });
    test("stops below a branch point", () => {
        assert.deepEqual(labels(r("a"), r("b", "a"), r("x", "a"), r("c", "b", { labels: ["L"] }), r("d", "c")), {
            a: [], b: ["L"], x: [], c: ["L"], d: ["L"],
        });
    });
    test("no downward walk when the labelled line branches", () => {
        assert.deepEqual(labels(r("a"), r("b", "a"), r("c", "b", { labels: ["L"] }), r("d1", "c"), r("d2", "c")), {
            a: [], b: [], c: ["L"], d1: ["L"], d2: ["L"],
        });
    });
    test("a dependent makes a branch point", () => {
        assert.deepEqual(labels(r("a"), r("b", "a"), r("c", "b", { labels: ["L"] }), r("d", "c"), r("z", null, { deps: ["b"] })), {
            a: [], b: [], c: ["L"], d: ["L"], z: [],
        });
        assert.deepEqual(labels(r("a"), r("b", "a"), r("c", "b", { labels: ["L"] }), r("d", "c"), r("z", null, { deps: ["c"] })), {
            a: [], b: [], c: ["L"], d: ["L"], z: [],
        });
    });
    test("stops at a merge point; several labels keep declaration order", () => {
        assert.deepEqual(labels(r("a", null, { labels: ["A"] }), r("b"), r("m", ["a", "b"]), r("c", "m", { labels: ["C"] }), r("d", "c")), { a: ["A"], b: [], m: ["A"], c: ["A", "C"], d: ["A", "C"] });
    });
});

/** The symbol grammar: parsing, resolution, relative walks and every resolution error. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GraphError, getRevisionsRaw, parseRange, parseRelative, splitBranch, walk } from "../../src/graph/index.js";
import { throwsGraph, ids, labeledBranchMap, mapOf, r } from "./helpers.js";
describe("parsing", () => {
    test("relative symbols", () => {
        assert.deepEqual(parseRelative("+2"), { branch: null, symbol: null, steps: 2, relative: "+2" });
        assert.deepEqual(parseRelative("-1"), { branch: null, symbol: null, steps: -1, relative: "-1" });
        assert.deepEqual(parseRelative("ae10+2"), { branch: null, symbol: "ae10", steps: 2, relative: "+2" });
        assert.deepEqual(parseRelative("head-1"), { branch: null, symbol: "head", steps: -1, relative: "-1" });
        assert.deepEqual(parseRelative("shop@-1"), { branch: "shop", symbol: null, steps: -1, relative: "-1" });
        assert.deepEqual(parseRelative("shop@base+2"), { branch: "shop", symbol: "base", steps: 2, relative: "+2" });
        assert.deepEqual(parseRelative("my-branch@head-1"), { branch: "my-branch", symbol: "head", steps: -1, relative: "-1" });
        for (const abs of ["head", "ae10", "shop@head", "ae10+2x", "+", "a-b-c"])
            assert.equal(parseRelative(abs), null, abs);
    });
    test("branch split and ranges", () => {
        assert.deepEqual(splitBranch("shop@head"), { branch: "shop", id: "head" });
        assert.deepEqual(splitBranch("head"), { branch: null, id: "head" });
        assert.deepEqual(splitBranch("@head"), { branch: null, id: "head" });
        assert.deepEqual(parseRange("a:b"), { start: "a", end: "b" });
        assert.deepEqual(parseRange(":b"), { start: null, end: "b" });
        assert.deepEqual(parseRange("-3:current"), { start: "-3", end: "current" });
        assert.equal(parseRange("ab"), null);
        throwsGraph(() => parseRange("a:b:c"), "GRAPH.INVALID_SYMBOL", /more than one ':'/);
    });
});
describe("resolution (Alembic LabeledBranchTest)", () => {
    const map = labeledBranchMap();
    const one = (s) => map.getRevision(s)?.id ?? null;
    test("symbols", () => {
        assert.equal(one("ebranch@head"), "f");
        assert.equal(one("abranch@head"), "c");
        assert.equal(one("abranch@base"), null);
        assert.equal(one("ebranch@d"), "d");
        assert.equal(one("ebranch@ebranch"), "e");
        assert.equal(one("abranch"), "a");
        assert.equal(one("ebranch"), "e");
        assert.equal(one("abranch@heads"), "c");
        assert.equal(one("e"), "e"); // an exact short id
        assert.equal(one("e@d"), "d"); // a revision used as the branch
        assert.equal(one("someoth@d"), "d");
        assert.equal(one("base"), null);
        assert.equal(one(null), null);
    });
    test("partial ids are narrowed by the branch", () => {
        assert.equal(one("ebranch@some"), "someothername");
        assert.equal(one("abranch@some"), "somelongername");
        const e = throwsGraph(() => one("some"), "GRAPH.AMBIGUOUS_PREFIX", /Multiple revisions start with 'some': somelongername, someothername/);
        assert.deepEqual(e.details.candidates, ["somelongername", "someothername"]);
    });
    test("multiple heads", () => {
        const e = throwsGraph(() => one("head"), "GRAPH.MULTIPLE_HEADS", /given argument 'head': c, f; .*'<branchname>@head'.*'heads'.*merge/);
        assert.deepEqual(e.details.candidates, ["c", "f"]);
        throwsGraph(() => one("heads"), "GRAPH.MULTIPLE_HEADS", /'heads'/);
        assert.deepEqual(ids(map.getRevisions("heads")), ["c", "f"]);
        assert.equal(map.getCurrentHead("ebranch"), "f");
        throwsGraph(() => map.getCurrentHead(), "GRAPH.MULTIPLE_HEADS");
    });
    test("errors are precise", () => {
        throwsGraph(() => one("ebranch@b"), "GRAPH.NOT_IN_BRANCH", /Revision b is not a member of branch 'ebranch' \(in 'ebranch@b'\)/);
        throwsGraph(() => one("abranch@d"), "GRAPH.NOT_IN_BRANCH", /Revision d is not a member of branch 'abranch'/);
        throwsGraph(() => one("abranch@qprstuv"), "GRAPH.UNKNOWN_REVISION", /No such revision or branch 'qprstuv' \(in 'abranch@qprstuv'\)/);
        throwsGraph(() => one("abranch@qpr"), "GRAPH.PREFIX_TOO_SHORT", /'qpr'; partial revision identifiers need at least 4 characters/);
        throwsGraph(() => one("ebranch@sos"), "GRAPH.PREFIX_TOO_SHORT");
        throwsGraph(() => one("x@d"), "GRAPH.UNKNOWN_BRANCH", /No such branch: 'x' is neither a branch label nor a revision \(branch labels: abranch, ebranch\)/);
        throwsGraph(() => one("ebranch@"), "GRAPH.INVALID_SYMBOL", /^'ebranch@' names no revision: after '@' give head, heads, base, a revision or \+N\/-N \(e\.g\. 'ebranch@head'\)$/);
        throwsGraph(() => one("zzzz9999"), "GRAPH.UNKNOWN_REVISION", /'zzzz9999'/);
        throwsGraph(() => map.getRevisions("ebranch@somel"), "GRAPH.NOT_IN_BRANCH", /Revision somelongername is not a member of branch 'ebranch'/);
    });
    test("lineage filters", () => {
        assert.deepEqual(ids(map.filterForLineage(map.revisions(), "ebranch")), ["d", "e", "someothername", "f"]);
        assert.deepEqual(ids(map.filterForLineage([map.get("f")], "heads")), ["f"]);
    });
});
test("a labelled head across a merge shares lineage with both sides", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b", { labels: ["c1branch"] }), r("c2", "b"), r("d", ["c1", "c2"]));
    assert.deepEqual(ids(map.filterForLineage(map.revisions().slice(2), "c1branch@head")), ["c1", "c2", "d"]);
});
test("ambiguous prefixes list every candidate", () => {
    const revs = Array.from({ length: 14 }, (_, i) => r(`abcd${String(i).padStart(4, "0")}`));
    const map = mapOf(...revs);
    const e = throwsGraph(() => map.getRevision("abcd"), "GRAPH.AMBIGUOUS_PREFIX", /and 4 more; use more characters/);
    assert.equal(e.details.candidates?.length, 14);
    assert.equal(map.getRevision("abcd0013")?.id, "abcd0013");
    throwsGraph(() => map.getRevision("abcd001"), "GRAPH.AMBIGUOUS_PREFIX", /'abcd001': abcd0010, abcd0011, abcd0012, abcd0013;/);
});
describe("relative symbols from the heads", () => {
    const map = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("c1c1", "bbbb", { labels: ["one"] }), r("d1d1", "c1c1"), r("c2c2", "bbbb", { labels: ["two"] }));
    test("-N walks down from every real head (Alembic get_revisions)", () => {
        const raw = (s) => getRevisionsRaw(map, s).map((x) => (x === null || x === "base" ? x : x.id));
        assert.deepEqual(raw("-1"), ["c1c1", "bbbb"]);
        assert.deepEqual(raw("one@-1"), ["c1c1"]);
        assert.deepEqual(raw("two@-3"), ["base"]);
        assert.deepEqual(raw("two@-4"), [null]);
        assert.equal(map.getRevision("two@-1")?.id, "bbbb");
        throwsGraph(() => map.getRevision("-1"), "GRAPH.MULTIPLE_HEADS");
        throwsGraph(() => map.getRevisions("two@-4"), "GRAPH.RELATIVE_TOO_FAR", /walks past the base/);
        assert.deepEqual(map.getRevisions("two@-3"), []);
    });
    test("<symbol>+N and <symbol>-N resolve anywhere", () => {
        assert.equal(map.getRevision("aaaa+1")?.id, "bbbb");
        assert.equal(map.getRevision("one@head-2")?.id, "bbbb");
        assert.equal(map.getRevision("d1d1-3")?.id, "aaaa");
        assert.equal(map.getRevision("d1d1-4"), null);
        assert.equal(map.getRevision("base+1")?.id, "aaaa");
        throwsGraph(() => map.getRevision("bbbb@+1"), "GRAPH.INVALID_SYMBOL");
        assert.deepEqual(ids(map.getRevisions(["aaaa+1", "c2c2"])), ["bbbb", "c2c2"]);
        throwsGraph(() => map.getRevision("bbbb+1"), "GRAPH.AMBIGUOUS_WALK");
        throwsGraph(() => map.getRevision("d1d1+1"), "GRAPH.WALKED_TOO_FAR", /'d1d1\+1' asks for 1 step\(s\) up but only 0 are possible/);
        throwsGraph(() => map.getRevision("+1"), "GRAPH.INVALID_SYMBOL", /relative to the current revision/);
        throwsGraph(() => map.getRevision("nope@+1"), "GRAPH.UNKNOWN_BRANCH");
    });
    test("walks", () => {
        const at = (x) => (x.position === null || x.position === "base" ? x.position : x.position.id);
        assert.equal(at(walk(map, "aaaa", 1, null, true)), "bbbb");
        assert.equal(at(walk(map, null, 1, null, true)), "aaaa");
        assert.equal(at(walk(map, "bbbb", 2, "one", true)), "d1d1");
        assert.equal(at(walk(map, "bbbb", 3, "one", true)), null);
        const clamped = walk(map, "bbbb", 5, "one", false);
        assert.equal(at(clamped), "d1d1");
        assert.equal(clamped.complete, false);
        assert.equal(clamped.stepsTaken, 2);
        assert.equal(at(walk(map, "aaaa", -1, null, true)), "base");
        assert.equal(at(walk(map, "aaaa", -2, null, true)), null);
        throwsGraph(() => walk(map, "bbbb", 1, null, true), "GRAPH.AMBIGUOUS_WALK", /Ambiguous walk: bbbb has 2 children \(c1c1, c2c2\)/);
        throwsGraph(() => walk(map, null, -1, null, true), "GRAPH.AMBIGUOUS_WALK", /several heads/);
    });
    test("merge points are ambiguous going down", () => {
        const m = mapOf(r("aaaa"), r("b1b1", "aaaa"), r("b2b2", "aaaa"), r("mmmm", ["b1b1", "b2b2"]));
        throwsGraph(() => walk(m, "mmmm", -1, null, true), "GRAPH.AMBIGUOUS_WALK", /mmmm is a merge point \(b1b1, b2b2\)/);
    });
});
test("every resolution error is a GraphError with a stable code", () => {
    const map = mapOf(r("aaaa1111"), r("aaaa2222", "aaaa1111"));
    const cases = [
        ["zzzz", "GRAPH.UNKNOWN_REVISION"],
        ["zz", "GRAPH.PREFIX_TOO_SHORT"],
        ["aaaa", "GRAPH.AMBIGUOUS_PREFIX"],
        ["nope@head", "GRAPH.UNKNOWN_BRANCH"],
    ];
    for (const [sym, code] of cases) {
        try {
            map.getRevision(sym);
            assert.fail(sym);
        }
        catch (e) {
            assert.ok(e instanceof GraphError);
            assert.equal(e.code, code, sym);
            assert.equal(e.exitCode, 1);
            assert.ok(e.message.length > 0);
        }
    }
});

/** `history` walks and `-r [start]:[end]` ranges, including relative and `current` ends. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { historyRevisions, parseHistoryRange, walkRevisions } from "../../src/graph/index.js";
import { ids, mapOf, r, throwsGraph } from "./helpers.js";
describe("linear history", () => {
    const map = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "bbbb"), r("dddd", "cccc"), r("eeee", "dddd"));
    const h = (range, current) => ids(historyRevisions(map, range, current));
    test("whole history, newest first", () => {
        assert.deepEqual(ids(walkRevisions(map)), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h(null), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h(":"), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
    });
    test("absolute ranges", () => {
        assert.deepEqual(h("bbbb:dddd"), ["dddd", "cccc", "bbbb"]);
        assert.deepEqual(h(":cccc"), ["cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("cccc:"), ["eeee", "dddd", "cccc"]);
        assert.deepEqual(h("base:bbbb"), ["bbbb", "aaaa"]);
    });
    test("relative ends are clamped", () => {
        assert.deepEqual(h("-3:"), ["eeee", "dddd", "cccc", "bbbb"]);
        // Alembic fails on these two; the history simply starts at the base
        assert.deepEqual(h("-5:"), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("-9:"), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("bbbb:+2"), ["dddd", "cccc", "bbbb"]);
        assert.deepEqual(h("bbbb:+9"), ["eeee", "dddd", "cccc", "bbbb"]);
        assert.deepEqual(h(":+2"), ["bbbb", "aaaa"]);
        assert.deepEqual(h("base:cccc+1"), ["dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("base:cccc+10"), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
    });
    test("current", () => {
        assert.deepEqual(h("current:", ["cccc"]), ["eeee", "dddd", "cccc"]);
        assert.deepEqual(h(":current", ["cccc"]), ["cccc", "bbbb", "aaaa"]);
        // like Alembic, -N on the lower end counts from the script heads
        assert.deepEqual(h("-2:current", ["cccc"]), ["cccc"]);
        assert.deepEqual(h("-9:current", ["cccc"]), ["cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("current:", []), ["eeee", "dddd", "cccc", "bbbb", "aaaa"]);
        // Alembic lists everything here
        assert.deepEqual(h(":current", []), []);
        assert.deepEqual(parseHistoryRange("current:", ["cccc"]), { base: ["cccc"], head: "heads", usesCurrent: true });
    });
    test("errors", () => {
        throwsGraph(() => h("cccc:bbbb"), "GRAPH.RANGE_NOT_ANCESTOR", /^Requested range cccc:bbbb does not refer to ancestor\/descendant revisions along the same branch$/);
        throwsGraph(() => h("cccc"), "GRAPH.INVALID_RANGE", /History range requires \[start\]:\[end\], \[start\]:, or :\[end\] \(got 'cccc'\)/);
        throwsGraph(() => h("current:"), "GRAPH.INVALID_RANGE", /needs the database's current revisions/);
        throwsGraph(() => h(":-1"), "GRAPH.INVALID_SYMBOL", /Relative revision -1/);
        throwsGraph(() => walkRevisions(map, "cccc", "bbbb"), "GRAPH.RANGE_NOT_ANCESTOR", /Requested range cccc:bbbb/);
    });
});
describe("branched history", () => {
    const map = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa", { labels: ["shop"] }), r("dddd", "cccc"), r("xxxx"), r("yyyy", "xxxx", { labels: ["lib"] }));
    const h = (range) => ids(historyRevisions(map, range));
    test("per-branch ranges", () => {
        assert.deepEqual(h("shop@base:shop@head"), ["dddd", "cccc", "aaaa"]);
        assert.deepEqual(h("lib@base:"), ["yyyy", "xxxx"]);
        assert.deepEqual(h("cccc@base:"), ["dddd", "cccc", "aaaa"]);
        assert.deepEqual(h("aaaa:"), ["bbbb", "dddd", "cccc", "aaaa"]);
    });
    test("ambiguous relative ends", () => {
        throwsGraph(() => h("aaaa:+1"), "GRAPH.AMBIGUOUS_WALK", /aaaa has 2 children/);
        assert.deepEqual(h("aaaa:shop@+1"), ["cccc", "aaaa"]);
    });
    test("a range across a merge with a dependency", () => {
        const m = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa"), r("dddd"), r("eeee", "dddd", { deps: ["cccc"] }), r("ffff", ["bbbb", "eeee"]));
        // Alembic fails with an AssertionError here; every revision still comes before its parents
        const got = ids(historyRevisions(m, "aaaa:ffff"));
        assert.deepEqual([...got].sort(), ["aaaa", "bbbb", "cccc", "ffff"]);
        assert.equal(got[0], "ffff");
        assert.equal(got.at(-1), "aaaa");
    });
});

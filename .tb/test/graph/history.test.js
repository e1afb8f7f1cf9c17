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
        // like Alembic, -N on the lower end counts from the script heads (at or above the upper end), not from current
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
// The G1/G2/G3 range fixes; Alembic 1.8.1's answers are noted where it has one.
describe("relative lower end with several heads (counted from the heads at or above the upper end)", () => {
    // a <- b <- c, a <- d
    const A = "aaaa00000001";
    const B = "bbbb00000001";
    const C = "cccc00000001";
    const D = "dddd00000001";
    const map = mapOf(r(A), r(B, A), r(C, B), r(D, A));
    const h = (range, current) => ids(historyRevisions(map, range, current));
    test("-N below a named head counts from that head (Alembic: overlap / not ancestor errors)", () => {
        assert.deepEqual(h(`-1:${C}`), [C, B]);
        assert.deepEqual(h("-1:cccc"), [C, B]);
        assert.deepEqual(h(`-2:${C}`), [C, B, A]);
        assert.deepEqual(h(`-3:${C}`), [C, B, A]);
        assert.deepEqual(h(`-4:${C}`), [C, B, A]); // Alembic agrees here (it falls back to the upper end)
        assert.deepEqual(h(`-1:${D}`), [D, A]);
        assert.deepEqual(h(`-9:${D}`), [D, A]);
    });
    test("-N: and -N:heads count from each head, clamped at the base", () => {
        assert.deepEqual(h("-1:"), [C, B, D, A]);
        assert.deepEqual(h("-1:heads"), [C, B, D, A]);
        for (const n of [2, 3, 4, 9])
            assert.deepEqual(h(`-${n}:`), [C, B, D, A], `-${n}:`);
    });
    test("below a branch point: heads whose line ends above the upper end add nothing", () => {
        assert.deepEqual(h(`-1:${B}`), [B]); // c-1 = b
        assert.deepEqual(h(`-1:${A}`), [A]); // c-1 = b is above a; d-1 = a
        assert.deepEqual(h(`-2:${A}`), [A]);
    });
    test("current: counted from the heads above each current revision", () => {
        assert.deepEqual(h("-1:current", [B, D]), [B, D, A]);
        assert.deepEqual(h("-5:current", [B, D]), [B, D, A]);
    });
    test("-N never fails with a downgrade error inside history (it was 'Downgrade -4 from multiple heads is ambiguous')", () => {
        for (const range of ["-1:", "-2:", "-3:", "-4:", "-9:", "-1:heads", "-1:cccc", `-4:${C}`, "-1:current"]) {
            assert.ok(ids(historyRevisions(map, range, [B, D])).length > 0, range);
        }
        const linear = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "bbbb"), r("dddd", "cccc"));
        // like Alembic: dddd-1 = cccc is above bbbb
        const e = throwsGraph(() => historyRevisions(linear, "-1:bbbb"), "GRAPH.RANGE_NOT_ANCESTOR", /^Requested range -1:bbbb does not refer/);
        assert.doesNotMatch(e.message, /grade/i);
        throwsGraph(() => h("+1:"), "GRAPH.INVALID_SYMBOL", /^'\+1' cannot start a history range/);
    });
    test("a merge within N steps: N steps down both of its lines (Alembic: 'Ambiguous walk')", () => {
        const m = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa"), r("dddd", ["bbbb", "cccc"]), r("eeee", "dddd"));
        assert.deepEqual(ids(historyRevisions(m, "-1:")), ["eeee", "dddd"]);
        assert.deepEqual(ids(historyRevisions(m, "-2:")), ["eeee", "dddd", "bbbb", "cccc"]);
        assert.deepEqual(ids(historyRevisions(m, "-3:")), ["eeee", "dddd", "bbbb", "cccc", "aaaa"]);
        // lines of different lengths: each is counted on its own
        const uneven = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("b2b2", "bbbb"), r("cccc", "aaaa"), r("dddd", ["b2b2", "cccc"]));
        assert.deepEqual(ids(historyRevisions(uneven, "-2:")), ["dddd", "b2b2", "bbbb", "cccc", "aaaa"]);
    });
    test("label@-N counts from the branch's heads and keeps to the branch", () => {
        const m = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa", { labels: ["shop"] }), r("dddd", "cccc"));
        assert.deepEqual(ids(historyRevisions(m, "shop@-1:")), ["dddd", "cccc"]);
        assert.deepEqual(ids(historyRevisions(m, "shop@-5:")), ["dddd", "cccc", "aaaa"]);
        assert.deepEqual(ids(historyRevisions(m, "-1:")), ["bbbb", "dddd", "cccc", "aaaa"]); // Alembic: overlap error
        assert.deepEqual(ids(walkRevisions(m, "-1", "dddd")), ["dddd", "cccc"]);
    });
});
describe("ranges whose ends are linked by dependsOn or named with a label", () => {
    // aaaa <- bbbb, bbbb depends on lib; llll declares lib (only depended upon)
    const map = mapOf(r("aaaa"), r("bbbb", "aaaa", { deps: ["lib"] }), r("llll", null, { labels: ["lib"] }));
    const h = (range) => ids(historyRevisions(map, range));
    test("both ends are listed when the upper end stands on the lower one through dependsOn (Alembic asserts)", () => {
        assert.deepEqual(h("lib:"), ["bbbb", "llll"]);
        assert.deepEqual(h("llll:bbbb"), ["bbbb", "llll"]);
        assert.deepEqual(h("lib:bbbb"), ["bbbb", "llll"]);
        assert.deepEqual(h("aaaa:bbbb"), ["bbbb", "aaaa"]);
    });
    test("lib@head names the same revision as lib (Alembic: not ancestor/descendant)", () => {
        assert.deepEqual(h("lib@head:bbbb"), ["bbbb", "llll"]);
        assert.deepEqual(h("lib@head:"), ["bbbb", "llll"]);
        assert.deepEqual(h("lib@llll:"), ["bbbb", "llll"]);
    });
    test("label@base keeps the range to the branch, as Alembic", () => {
        assert.deepEqual(h("lib@base:bbbb"), []);
        assert.deepEqual(h("lib@base:lib@head"), ["llll"]);
    });
    test("dependents are not added when the lower end has descendants of its own (as Alembic)", () => {
        const m = mapOf(r("aaaa"), r("bbbb", "aaaa", { deps: ["lib"] }), r("llll", null, { labels: ["lib"] }), r("mmmm", "llll"));
        assert.deepEqual(ids(historyRevisions(m, "lib:")), ["mmmm", "llll"]);
        assert.deepEqual(ids(historyRevisions(m, "llll:bbbb")), ["bbbb", "llll"]);
    });
    test("label@rev still keeps heads to the branch when the branch has a head above it", () => {
        const m = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa", { labels: ["shop"] }), r("dddd", "cccc"));
        assert.deepEqual(ids(historyRevisions(m, "shop@cccc:")), ["dddd", "cccc"]);
        assert.deepEqual(ids(historyRevisions(m, "shop@cccc:dddd")), ["dddd", "cccc"]);
        throwsGraph(() => historyRevisions(m, "shop@cccc:bbbb"), "GRAPH.RANGE_NOT_ANCESTOR", /^Requested range shop@cccc:bbbb/);
    });
});
describe("rev+N / rev-N as the lower end", () => {
    const map = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "bbbb"), r("dddd", "cccc"), r("eeee", "dddd"));
    const h = (range) => ids(historyRevisions(map, range));
    test("both directions, clamped like the upper end", () => {
        assert.deepEqual(h("bbbb+1:"), ["eeee", "dddd", "cccc"]);
        assert.deepEqual(h("bbbb+1:dddd"), ["dddd", "cccc"]);
        assert.deepEqual(h("bbbb+1:cccc+1"), ["dddd", "cccc"]);
        assert.deepEqual(h("eeee+5:"), ["eeee"]);
        assert.deepEqual(h("cccc-1:"), ["eeee", "dddd", "cccc", "bbbb"]);
        assert.deepEqual(h("cccc-2:dddd"), ["dddd", "cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("cccc-9:cccc"), ["cccc", "bbbb", "aaaa"]);
        assert.deepEqual(h("head-1:"), ["eeee", "dddd"]);
        assert.deepEqual(h("base+2:"), ["eeee", "dddd", "cccc", "bbbb"]);
        assert.deepEqual(h("cccc+0:"), ["eeee", "dddd", "cccc"]);
        assert.deepEqual(ids(walkRevisions(map, "cccc+1", "heads")), ["eeee", "dddd"]);
        throwsGraph(() => h("dddd+1:cccc"), "GRAPH.RANGE_NOT_ANCESTOR", /^Requested range dddd\+1:cccc/);
    });
    test("with several heads and labels", () => {
        const A = "aaaa00000001";
        const m = mapOf(r(A), r("bbbb00000001", A), r("cccc00000001", "bbbb00000001"), r("dddd00000001", A, { labels: ["side"] }));
        assert.deepEqual(ids(historyRevisions(m, "cccc+1:")), ["cccc00000001"]); // clamped at the head
        assert.deepEqual(ids(historyRevisions(m, "bbbb+1:")), ["cccc00000001"]);
        assert.deepEqual(ids(historyRevisions(m, "side@aaaa+1:")), ["dddd00000001"]);
        assert.deepEqual(ids(historyRevisions(m, "cccc-5:")), ["cccc00000001", "bbbb00000001", "dddd00000001", A]);
        throwsGraph(() => historyRevisions(m, "aaaa+1:"), "GRAPH.AMBIGUOUS_WALK", /aaaa00000001 has 2 children/);
    });
});

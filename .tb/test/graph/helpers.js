/** Small builders shared by the graph tests. */
import assert from "node:assert/strict";
import { GraphError, HeadMaintainer, RevisionMap, } from "../../src/graph/index.js";
/** A revision source: `r("b", "a")`, `r("m", ["b1", "b2"])`, `r("a")` for a base. */
export function r(id, down = null, extra = {}) {
    return {
        revision: id,
        downRevision: down,
        ...(extra.deps ? { dependsOn: extra.deps } : {}),
        ...(extra.labels ? { branchLabels: extra.labels } : {}),
        ...(extra.message !== undefined ? { message: extra.message } : {}),
        ...(extra.doc !== undefined ? { doc: extra.doc } : {}),
        ...(extra.path !== undefined ? { path: extra.path } : {}),
    };
}
export function mapOf(...revs) {
    return new RevisionMap(revs);
}
export function ids(revs) {
    return [...revs].map((x) => ("id" in x ? x.id : x.revision.id));
}
/** Asserts that `fn` throws a GraphError with `code` (and a message matching `pattern`). */
export function throwsGraph(fn, code, pattern) {
    let caught;
    try {
        fn();
    }
    catch (e) {
        caught = e;
    }
    assert.ok(caught instanceof GraphError, `expected a GraphError ${code}, got ${String(caught)}`);
    assert.equal(caught.code, code, `code for: ${caught.message}`);
    if (pattern)
        assert.match(caught.message, pattern);
    return caught;
}
/** Applies steps with a HeadMaintainer; returns the final heads, sorted. */
export function runHeads(map, steps, heads) {
    const hm = new HeadMaintainer(map, heads);
    for (const s of steps)
        hm.updateToStep(s);
    return hm.heads.sort();
}
/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Alembic's LabeledBranchTest graph: two roots, labels `abranch` and `ebranch`. */
export function labeledBranchMap() {
    return mapOf(r("a", null, { labels: ["abranch"] }), r("b", "a"), r("somelongername", "b"), r("c", "somelongername"), r("d"), r("e", "d", { labels: ["ebranch"] }), r("someothername", "e"), r("f", "someothername"));
}

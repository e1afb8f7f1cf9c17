/**
 * Where the database stands against the heads (effective heads included),
 * downgrades to a dependency and from a merge point, `history -r -N:` above a
 * merge, and the messages for targets that name nothing: each error that
 * suggests a command suggests one that works on that graph.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { headsNotApplied, historyRevisions, offlineRangeProblem, planDowngrade, planUpgrade, RevisionMap, } from "../../src/graph/index.js";
import { ids, mapOf, r, runHeads, throwsGraph } from "./helpers.js";
describe("effective heads: the database at the heads", () => {
    // A; B revises A; C revises A and depends on B: B is an effective head
    const map = mapOf(r("A"), r("B", "A"), r("C", "A", { deps: ["B"] }));
    test("after `upgrade heads` nothing is missing, though B is not a row of the version table", () => {
        const after = runHeads(map, planUpgrade(map, "heads", []), []);
        assert.deepEqual(after, ["C"]);
        assert.deepEqual(headsNotApplied(map, after), []);
        assert.deepEqual(headsNotApplied(map, ["B"]), ["C"]);
        assert.deepEqual(headsNotApplied(map, []), ["C"]);
        assert.deepEqual(planUpgrade(map, "heads", after), []);
    });
    test("`head` names the exact merge, which includes the effective head", () => {
        throwsGraph(() => planUpgrade(map, "head", []), "GRAPH.MULTIPLE_HEADS", /^Multiple head revisions are present for given argument 'head': B \(effective head\), C; please specify a specific target revision, 'heads' for all heads, or merge the heads with 'athanor merge B C'$/);
    });
    test("real heads only: 'athanor merge heads'; with labels: the label form", () => {
        const two = mapOf(r("a"), r("b1", "a", { labels: ["shop"] }), r("b2", "a"));
        throwsGraph(() => planUpgrade(two, "head", []), "GRAPH.MULTIPLE_HEADS", /'<branchname>@head' to narrow to a specific head, 'heads' for all heads, or merge the heads with 'athanor merge heads'$/);
    });
    test("a branch with two heads names them in the merge", () => {
        const br = mapOf(r("a", null, { labels: ["shop"] }), r("b1", "a"), r("b2", "a"), r("x"));
        throwsGraph(() => planUpgrade(br, "shop@head", []), "GRAPH.MULTIPLE_HEADS", /or merge them with 'athanor merge b1 b2'$/);
    });
});
describe("downgrade to a revision that is applied only as a dependency", () => {
    // a1 is a root; a2 is a second root that depends on a1
    const map = mapOf(r("a1"), r("a2", null, { deps: ["a1"] }));
    test("refused, naming why and the command that undoes the dependent (Alembic: 'not a valid downgrade target')", () => {
        const after = runHeads(map, planUpgrade(map, "a2", []), []);
        assert.deepEqual(after, ["a2"]);
        throwsGraph(() => planDowngrade(map, "a1", after), "GRAPH.INVALID_DOWNGRADE_TARGET", /^Can't downgrade to a1: nothing above it on its own line is applied; it is applied only because a2 depends on it\. To undo that, run 'athanor downgrade a2@base'$/);
    });
    test("the suggested command undoes exactly the dependent", () => {
        const steps = planDowngrade(map, "a2@base", ["a2"]);
        assert.deepEqual(ids(steps), ["a2"]);
        assert.deepEqual(runHeads(map, steps, ["a2"]), ["a1"]);
    });
    test("a dependent with a parent of its own: '<dependent>@<parent>'", () => {
        const m = mapOf(r("r0"), r("a1", "r0"), r("a2", "r0", { deps: ["a1"] }), r("a3", "a2"));
        throwsGraph(() => planDowngrade(m, "a1", ["a3"]), "GRAPH.INVALID_DOWNGRADE_TARGET", /because a2 depends on it\. To undo that, run 'athanor downgrade a2@r0'$/);
        const steps = planDowngrade(m, "a2@r0", ["a3"]);
        assert.deepEqual(ids(steps), ["a3", "a2"]);
        assert.deepEqual(runHeads(m, steps, ["a3"]), ["a1"]);
    });
    test("a target that is itself a row of the version table is still a no-op", () => {
        assert.deepEqual(planDowngrade(map, "a1", ["a1"]), []);
    });
});
describe("downgrade -N from a merge point", () => {
    const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("m", ["b1", "b2"]), r("h", "m"));
    test("-1 at the merge point unmerges to its parents", () => {
        const steps = planDowngrade(map, "-1", ["m"]);
        assert.deepEqual(ids(steps), ["m"]);
        assert.deepEqual(runHeads(map, steps, ["m"]), ["b1", "b2"]);
    });
    test("-2 above the merge point undoes the head and the merge", () => {
        const steps = planDowngrade(map, "-2", ["h"]);
        assert.deepEqual(ids(steps), ["h", "m"]);
        assert.deepEqual(runHeads(map, steps, ["h"]), ["b1", "b2"]);
    });
    test("further down is ambiguous: the exact commands, in order", () => {
        throwsGraph(() => planDowngrade(map, "-3", ["h"]), "GRAPH.AMBIGUOUS_WALK", /^Ambiguous walk: -3 goes below merge point m \(b1, b2\); run 'athanor downgrade -2' to unmerge it, then 'athanor downgrade b1@-1' or 'athanor downgrade b2@-1'$/);
        // and those commands work
        const after = runHeads(map, planDowngrade(map, "-2", ["h"]), ["h"]);
        const steps = planDowngrade(map, "b1@-1", after);
        assert.deepEqual(ids(steps), ["b1"]);
        assert.deepEqual(runHeads(map, steps, after), ["b2"]);
    });
    test("-1 with several current heads names one exact command per head", () => {
        throwsGraph(() => planDowngrade(map, "-1", ["b1", "b2"]), "GRAPH.AMBIGUOUS_RELATIVE", /\(current heads: b1, b2\); run 'athanor downgrade b1@-1' or 'athanor downgrade b2@-1'$/);
    });
});
describe("history -r -N: above a merge point", () => {
    const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("m", ["b1", "b2"]), r("h", "m"));
    const h = (range) => ids(historyRevisions(map, range));
    test("lists N steps below the head along every line", () => {
        assert.deepEqual(h("-1:"), ["h", "m"]);
        assert.deepEqual(h("-2:"), ["h", "m", "b1", "b2"]);
        assert.deepEqual(h("-3:"), ["h", "m", "b1", "b2", "a"]);
        assert.deepEqual(h("-9:"), ["h", "m", "b1", "b2", "a"]);
        // like Alembic, -N counts from the heads: h-1 is m itself
        assert.deepEqual(h("-1:m"), ["m"]);
    });
});
describe("targets that name nothing", () => {
    const map = new RevisionMap([r("ae1027a6acf0"), r("bb22cc33dd44", "ae1027a6acf0", { labels: ["shop"] })]);
    test("an unknown target suggests the closest name", () => {
        throwsGraph(() => planUpgrade(map, "heda", []), "GRAPH.UNKNOWN_REVISION", /^No such revision or branch 'heda'; did you mean 'head'\?$/);
        throwsGraph(() => planUpgrade(map, "shpo@head", []), "GRAPH.UNKNOWN_BRANCH", /did you mean 'shop'\?/);
        throwsGraph(() => planUpgrade(map, "ae1072a6acf0", []), "GRAPH.UNKNOWN_REVISION", /did you mean 'ae1027a6acf0'\?$/);
        throwsGraph(() => planUpgrade(map, "zzzz9999", []), "GRAPH.UNKNOWN_REVISION", /^No such revision or branch 'zzzz9999'$/);
    });
    test("'@' and '' say what is missing", () => {
        throwsGraph(() => planUpgrade(map, "@", []), "GRAPH.INVALID_SYMBOL", /^'@' names no revision: /);
        throwsGraph(() => planUpgrade(map, "shop@", []), "GRAPH.INVALID_SYMBOL", /^'shop@' names no revision: .*'shop@head'/);
        throwsGraph(() => planUpgrade(map, "", []), "GRAPH.INVALID_SYMBOL", /^Empty revision identifier: /);
    });
});
describe("offline ranges", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c", "b"));
    test("current cannot be known offline", () => {
        assert.match(offlineRangeProblem(map, "upgrade", "current:head") ?? "", /^offline mode \(--sql\) can't know the current revision.*'athanor upgrade --sql <revision>:head'/);
        assert.match(offlineRangeProblem(map, "downgrade", "current:base") ?? "", /'athanor downgrade --sql <revision>:base'/);
    });
    test("the wrong direction is refused", () => {
        assert.match(offlineRangeProblem(map, "upgrade", "head:base") ?? "", /^upgrade --sql head:base goes down.*'athanor downgrade --sql head:base'/);
        assert.match(offlineRangeProblem(map, "upgrade", "c:a") ?? "", /'athanor downgrade --sql c:a'/);
        assert.match(offlineRangeProblem(map, "downgrade", "a:c") ?? "", /^downgrade --sql a:c goes up.*'athanor upgrade --sql a:c'/);
        assert.match(offlineRangeProblem(map, "downgrade", "base:c") ?? "", /'athanor upgrade --sql base:c'/);
    });
    test("ordinary ranges pass", () => {
        for (const t of ["head", "base:head", ":c", "a:c", "a:+1", "c:c", "b:heads"])
            assert.equal(offlineRangeProblem(map, "upgrade", t), null, t);
        for (const t of ["c:a", "c:base", "head:-1", "c:c"])
            assert.equal(offlineRangeProblem(map, "downgrade", t), null, t);
    });
});

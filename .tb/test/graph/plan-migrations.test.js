/**
 * Ports of Alembic's tests/test_version_traversal.py: upgrade and downgrade
 * plans (step order) and the version-table heads after running them, for
 * linear, branched, merged, multi-root and dependency graphs, plus stamps.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatStep, formatStepShort, HeadMaintainer, planDowngrade, planStamp, planUpgrade, } from "../../src/graph/index.js";
import { ids, mapOf, r, runHeads, throwsGraph } from "./helpers.js";
function assertUpgrade(map, target, current, steps, heads) {
    const plan = planUpgrade(map, target, current);
    assert.deepEqual(ids(plan), steps, "steps");
    assert.ok(plan.every((s) => s.direction === "up"));
    assert.deepEqual(runHeads(map, plan, current), [...heads].sort(), "heads");
}
function assertDowngrade(map, target, current, steps, heads, first = false) {
    const plan = planDowngrade(map, target, current, first ? { ambiguousRelative: "first" } : {});
    assert.deepEqual(ids(plan), steps, "steps");
    assert.ok(plan.every((s) => s.direction === "down"));
    assert.deepEqual(runHeads(map, plan, current), [...heads].sort(), "heads");
}
describe("linear path", () => {
    const map = mapOf(r("e6239818bb3a", null, { message: "->a" }), r("548bbb905360", "e6239818bb3a", { message: "a->b" }), r("b7ea43dc85e4", "548bbb905360", { message: "b->c" }), r("1bbe33445780", "b7ea43dc85e4", { message: "c->d" }), r("3975fb1a0125", "1bbe33445780", { message: "d->e" }));
    const [a, b, c, d, e] = ["e6239818bb3a", "548bbb905360", "b7ea43dc85e4", "1bbe33445780", "3975fb1a0125"];
    test("downgrades with nothing to do", () => {
        assertDowngrade(map, "base", [], [], []);
        assertDowngrade(map, a, [a], [], [a]); // #838
        assertDowngrade(map, e, [e], [], [e]); // #839
    });
    test("upgrade paths", () => {
        assertUpgrade(map, e, [c], [d, e], [e]);
        assertUpgrade(map, c, [], [a, b, c], [c]);
        assertUpgrade(map, "head", [], [a, b, c, d, e], [e]);
    });
    test("relative upgrades", () => {
        assertUpgrade(map, "+2", [a], [b, c], [c]);
        assertUpgrade(map, "+1", [a], [b], [b]);
        assertUpgrade(map, "+3", [b], [c, d, e], [e]);
        assertUpgrade(map, `${b}+2`, [a], [b, c, d], [d]);
        assertUpgrade(map, `${d}-2`, [a], [b], [b]);
        assertUpgrade(map, "548b+1", [a], [b, c], [c]);
        assertUpgrade(map, "head-1", [], [a, b, c, d], [d]);
        assertUpgrade(map, "base+2", [], [a, b], [b]);
    });
    test("invalid relative upgrades", () => {
        throwsGraph(() => planUpgrade(map, "-2", [b]), "GRAPH.INVALID_SYMBOL", /Relative revision -2 didn't produce 2 migrations/);
        throwsGraph(() => planUpgrade(map, "+5", [b]), "GRAPH.RELATIVE_TOO_FAR", /Relative revision \+5 didn't produce 5 migrations: only 3/);
        throwsGraph(() => planUpgrade(map, `${c}+5`, [b]), "GRAPH.WALKED_TOO_FAR", /Walked too far/);
    });
    test("downgrade paths", () => {
        assertDowngrade(map, c, [e], [e, d], [c]);
        assertDowngrade(map, "base", [c], [c, b, a], []);
    });
    test("relative downgrades", () => {
        assertDowngrade(map, "-1", [c], [c], [b]);
        assertDowngrade(map, "-3", [e], [e, d, c], [b]);
        assertDowngrade(map, `${a}+2`, [d], [d], [c]);
        assertDowngrade(map, `${c}-2`, [d], [d, c, b], [a]);
        assertDowngrade(map, "-3", [c], [c, b, a], []);
    });
    test("invalid relative downgrades", () => {
        throwsGraph(() => planDowngrade(map, "-5", [b]), "GRAPH.RELATIVE_TOO_FAR", /Relative revision -5 didn't produce 5 migrations: only 2 can be undone from 548bbb905360/);
        throwsGraph(() => planDowngrade(map, `${c}-4`, [e]), "GRAPH.WALKED_TOO_FAR", /asks for 4 step\(s\) down but only 3 are possible/);
        throwsGraph(() => planDowngrade(map, "+2", [b]), "GRAPH.INVALID_SYMBOL", /Relative revision \+2 didn't produce 2 migrations/);
        throwsGraph(() => planDowngrade(map, "-1", []), "GRAPH.RELATIVE_TOO_FAR", /no current revision/);
    });
    test("invalid destinations", () => {
        throwsGraph(() => planDowngrade(map, b.slice(0, 4), []), "GRAPH.INVALID_DOWNGRADE_TARGET", /Destination 548b is not a valid downgrade target from current head\(s\)/);
        throwsGraph(() => planDowngrade(map, c.slice(0, 4), [b]), "GRAPH.INVALID_DOWNGRADE_TARGET", /Destination b7ea/);
        // upgrading to an applied revision is a no-op, as in Alembic
        assert.deepEqual(planUpgrade(map, b, [d]), []);
    });
    test("unknown current revision", () => {
        throwsGraph(() => planUpgrade(map, "head", ["ffff0000"]), "GRAPH.UNKNOWN_CURRENT_REVISION", /'ffff0000'/);
    });
    test("stamp to base", () => {
        const steps = planStamp(map, "base", [d]);
        assert.equal(steps.length, 1);
        const hm = new HeadMaintainer(map, [d]);
        assert.deepEqual(hm.updateToStep(steps[0]), [{ kind: "delete", rev: d }]);
        assert.deepEqual(hm.heads, []);
    });
    test("log text is Alembic's", () => {
        const up = planUpgrade(map, b, []);
        assert.equal(formatStep(up[0]), `upgrade  -> ${a}, ->a`);
        assert.equal(formatStep(up[1]), `upgrade ${a} -> ${b}, a->b`);
        const down = planDowngrade(map, "base", [b]);
        assert.equal(formatStep(down[1]), `downgrade ${a} -> , ->a`);
        assert.equal(formatStepShort(down[0]), `downgrade ${b} -> ${a}`);
        const stamp = planStamp(map, b, []);
        assert.equal(formatStep(stamp[0]), `stamp_revision  -> ${b}`);
    });
});
describe("branched path", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b", { labels: ["c1branch"] }), r("d1", "c1"), r("c2", "b", { labels: ["c2branch"] }), r("d2", "c2"));
    test("stamps across branches", () => {
        const hm = new HeadMaintainer(map, ["d1", "c2"]);
        const down = planStamp(map, "b", ["d1", "c2"]);
        assert.equal(down.length, 1);
        assert.deepEqual(hm.updateToStep(down[0]), [
            { kind: "delete", rev: "d1" },
            { kind: "update", from: "c2", to: "b" },
        ]);
        const base = planStamp(map, "c1branch@base", ["d1", "c2"]);
        assert.deepEqual(base, [{ type: "stamp", direction: "down", fromRevisions: ["d1"], toRevisions: [], branchMove: true }]);
        const up = planStamp(map, "c2branch@head", ["d1", "c2"]);
        assert.deepEqual(new HeadMaintainer(map, ["d1", "c2"]).updateToStep(up[0]), [
            { kind: "update", from: "c2", to: "d2" },
        ]);
    });
    test("stamp heads keeps a head that is already current (Alembic drops it)", () => {
        assert.deepEqual(runHeads(map, planStamp(map, "heads", ["d1", "c2"]), ["d1", "c2"]), ["d1", "d2"]);
    });
    test("upgrades", () => {
        assertUpgrade(map, "d1", ["b"], ["c1", "d1"], ["d1"]);
        assertUpgrade(map, ["d1", "d2"], ["a"], ["b", "c2", "d2", "c1", "d1"], ["d1", "d2"]);
        assertUpgrade(map, "heads", ["a"], ["b", "c2", "d2", "c1", "d1"], ["d1", "d2"]);
        assertUpgrade(map, "c2branch@head-1", ["b"], ["c2"], ["c2"]);
        assertUpgrade(map, "c2branch@+1", ["c1"], ["c2"], ["c1", "c2"]);
        assertUpgrade(map, "c2branch@+1", ["c1", "c2"], ["d2"], ["c1", "d2"]);
        assertUpgrade(map, "base+1", [], ["a"], ["a"]);
        assertUpgrade(map, "+1", [], ["a"], ["a"]);
    });
    test("head is ambiguous", () => {
        const e = throwsGraph(() => planUpgrade(map, "head", ["a"]), "GRAPH.MULTIPLE_HEADS", /'<branchname>@head'/);
        assert.deepEqual(e.details.candidates, ["d1", "d2"]);
        throwsGraph(() => planUpgrade(map, "+1", ["c1", "c2"]), "GRAPH.AMBIGUOUS_RELATIVE", /Ambiguous upgrade from multiple current revisions \(c1, c2\)/);
        throwsGraph(() => planUpgrade(map, "b+1", ["a"]), "GRAPH.AMBIGUOUS_WALK", /b has 2 children \(c1, c2\)/);
    });
    test("downgrades across branches", () => {
        assertDowngrade(map, "a", ["d1", "d2"], ["d1", "c1", "d2", "c2", "b"], ["a"]);
        assertDowngrade(map, "base+2", ["d2", "d1"], ["d1", "c1", "d2", "c2"], ["b"]);
        assertDowngrade(map, "c2branch@base+2", ["d2", "d1"], ["d2", "c2"], ["d1"]);
        assertDowngrade(map, "c2", ["d2", "d1"], ["d2"], ["d1", "c2"]);
        assertDowngrade(map, "c2branch@base+3", ["d2", "d1"], ["d2"], ["d1", "c2"]);
        assertDowngrade(map, "-1", ["a"], ["a"], []);
        assertDowngrade(map, "c2", ["d1", "c2"], [], ["d1", "c2"]);
        assertDowngrade(map, "d1", ["d1", "c2"], [], ["d1", "c2"]);
    });
    test("-1 from several heads: an error by default, Alembic's 'first head' on request", () => {
        throwsGraph(() => planDowngrade(map, "-1", ["d2", "d1"]), "GRAPH.AMBIGUOUS_RELATIVE", /from multiple heads is ambiguous \(current heads: d2, d1\)/);
        assertDowngrade(map, "-1", ["d2", "d1"], ["d2"], ["d1", "c2"], true);
        assertDowngrade(map, "-1", ["c2", "d1"], ["c2"], ["d1"], true);
        assertDowngrade(map, "-1", ["d1", "d2"], ["d1"], ["d2", "c1"], true);
        assertDowngrade(map, "-1", ["c1", "d2"], ["c1"], ["d2"], true);
        // duplicate rows are not ambiguous
        assertDowngrade(map, "-1", ["d1", "d1"], ["d1"], ["c1"]);
    });
    test("branch-scoped downgrades", () => {
        assertDowngrade(map, "c1branch@-1", ["d1", "d2"], ["d1"], ["c1", "d2"]);
        assertDowngrade(map, "d2-1", ["d2", "c1"], ["d2"], ["c1", "c2"]);
        assertDowngrade(map, "d2-1", ["c1", "d2"], ["d2"], ["c1", "c2"]);
        assertDowngrade(map, "c1branch@b", ["c1", "d2"], ["c1"], ["d2"]);
        assertDowngrade(map, "c2branch@b", ["c1", "d2"], ["d2", "c2"], ["c1"]);
        assertDowngrade(map, "c2@b", ["d1", "d2"], ["d2", "c2"], ["d1"]);
        assertDowngrade(map, "d1@b", ["d1", "d2"], ["d1", "c1"], ["d2"]);
        assertDowngrade(map, "c1branch@head-1", ["d1", "d2"], ["d1"], ["c1", "d2"]);
    });
    test("branch-scoped relative errors", () => {
        throwsGraph(() => planDowngrade(map, "c1branch@-1", ["c2"]), "GRAPH.NOT_IN_BRANCH", /No current revision is on branch 'c1branch'/);
        throwsGraph(() => planDowngrade(map, "nosuch@-1", ["c2"]), "GRAPH.UNKNOWN_BRANCH");
    });
});
describe("branch from a merge point", () => {
    // c1 and c2 merge into d1; c2 also continues into d2
    const map = mapOf(r("a1"), r("b1", "a1"), r("c1", "b1"), r("a2"), r("b2", "a2"), r("c2", "b2"), r("d1", ["c1", "c2"]), r("d2", "c2"));
    test("up and down one side", () => {
        assertUpgrade(map, "d1", ["d2", "b1"], ["c1", "d1"], ["d2", "d1"]);
        assertDowngrade(map, "b1", ["d2", "d1"], ["d1", "c1"], ["d2", "b1"]);
    });
});
describe("branch from a three-way merge point", () => {
    const map = mapOf(r("a1"), r("b1", "a1"), r("c1", "b1"), r("a2"), r("b2", "a2"), r("c2", "b2"), r("a3"), r("b3", "a3"), r("c3", "b3"), r("d1", ["c1", "c2", "c3"]), r("d2", "c2"), r("d3", "c3"));
    test("one side", () => {
        assertUpgrade(map, "d1", ["d3", "d2", "b1"], ["c1", "d1"], ["d3", "d2", "d1"]);
        assertDowngrade(map, "b1", ["d3", "d2", "d1"], ["d1", "c1"], ["d3", "d2", "b1"]);
    });
    test("two sides", () => {
        assertUpgrade(map, "d1", ["d3", "b2", "b1"], ["c2", "c1", "d1"], ["d3", "d1"]);
        assertUpgrade(map, "d2", ["d3", "d1"], ["d2"], ["d3", "d2", "d1"]);
    });
});
describe("twin merges (#297)", () => {
    const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("b3", "a"), r("c1", ["b1", "b2", "b3"]), r("c2", ["b1", "b2", "b3"]), r("d1", "c1"), r("d2", "c2"));
    test("heads after each step", () => {
        const hm = new HeadMaintainer(map, ["a"]);
        const steps = [
            ["b3", ["b3"]],
            ["b1", ["b1", "b3"]],
            ["b2", ["b1", "b2", "b3"]],
            ["c2", ["c2"]],
            ["d2", ["d2"]],
            ["c1", ["c1", "d2"]],
            ["d1", ["d1", "d2"]],
        ];
        for (const [id, heads] of steps) {
            hm.updateToStep(planUpgrade(map, id, hm.heads).at(-1));
            assert.deepEqual(hm.heads.sort(), heads, `after ${id}`);
        }
    });
});
describe("not-quite-twin merge", () => {
    const map = mapOf(r("a"), r("b1", "a"), r("b2", "a"), r("b3", "a"), r("c1", ["b1", "b2"]), r("c2", ["b2", "b3"]), r("d1", "c1"), r("d2", "c2"));
    test("upgrade order and heads", () => {
        const plan = planUpgrade(map, "heads", ["a"]);
        assert.deepEqual(ids(plan), ["b2", "b3", "c2", "d2", "b1", "c1", "d1"]);
        const hm = new HeadMaintainer(map, ["a"]);
        const expected = [["b2"], ["b2", "b3"], ["c2"], ["d2"], ["b1", "d2"], ["c1", "d2"], ["d1", "d2"]];
        plan.forEach((s, i) => {
            hm.updateToStep(s);
            assert.deepEqual(hm.heads.sort(), expected[i]);
        });
    });
});
describe("depends on another branch", () => {
    const map = mapOf(r("a1", null, { labels: ["lib1"] }), r("b1", "a1"), r("c1", "b1"), r("a2"), r("b2", "a2"), r("c2", "b2", { deps: ["c1"] }), r("d1", "c1"), r("e1", "d1"), r("f1", "e1"));
    test("downgrading to a dependency keeps the dependent head only", () => {
        const hm = new HeadMaintainer(map, ["c2", "d1"]);
        assert.deepEqual(hm.updateToStep(planDowngrade(map, "c1", ["c2", "d1"])[0]), [
            { kind: "delete", rev: "d1" },
        ]);
        assert.deepEqual(hm.heads, ["c2"]);
    });
    test("stamp across a dependency", () => {
        assert.deepEqual(runHeads(map, planStamp(map, "b1", ["e1", "c2"]), ["e1", "c2"]), ["b1"]);
    });
});
describe("crossing dependencies between merged roots", () => {
    const map = mapOf(r("a1"), r("a2"), r("a3"), r("amerge", ["a1", "a2", "a3"]), r("b1"), r("b2"), r("bmerge", ["b1", "b2"]), r("c1"), r("c2"), r("c3"), r("cmerge", ["c1", "c2", "c3"]), r("d1", null, { deps: ["a3", "b2", "c1"] }));
    test("kaboom", () => {
        assertDowngrade(map, "b2", ["amerge", "bmerge", "cmerge", "d1"], ["bmerge"], ["amerge", "b1", "cmerge", "d1"]);
        // b2 has to be inserted back: it was implied by d1
        assertDowngrade(map, "d1@base", ["amerge", "d1", "b1", "cmerge"], ["d1"], ["amerge", "b1", "b2", "cmerge"]);
        const plan = planDowngrade(map, "base", ["amerge", "b1", "b2", "cmerge"]);
        assert.deepEqual(ids(plan).sort(), ["a1", "a2", "a3", "amerge", "b1", "b2", "c1", "c2", "c3", "cmerge"]);
        assert.deepEqual(runHeads(map, plan, ["amerge", "b1", "b2", "cmerge"]), []);
        const pos = new Map(ids(plan).map((id, i) => [id, i]));
        for (const m of ["amerge", "cmerge"]) {
            for (const d of map.get(m)?.downRevisions ?? [])
                assert.ok(pos.get(m) < pos.get(d));
        }
    });
});
test("criss-cross dependencies (#377)", () => {
    const map = mapOf(r("a1"), r("a2", "a1"), r("b1"), r("b2", "b1", { deps: ["a2"] }), r("b3", "b2"), r("a3", "a2", { deps: ["b1"] }));
    assertDowngrade(map, "b1", ["a3", "b2"], ["b2"], ["a3"]);
});
test("depending on one's own down revision (#843)", () => {
    const map = mapOf(r("a1"), r("a2", "a1", { deps: ["a1"] }));
    assertUpgrade(map, "a2", [], ["a1", "a2"], ["a2"]);
    assertDowngrade(map, "a1", ["a2"], ["a2"], ["a1"]);
});
test("normalized dependencies on downgrade (#789)", () => {
    const map = mapOf(r("a1"), r("a2", "a1"), r("a3", "a2"), r("b1"), r("b2", "b1", { deps: ["a3"] }), r("b3", "b2"), r("b4", "b3", { deps: ["a3"] }));
    assertDowngrade(map, "b3", ["b4"], ["b4"], ["b3"]);
});
test("merge of a revision and its dependent (#1373, fixed in later Alembic)", () => {
    const map = mapOf(r("a1"), r("b1", null, { deps: ["a1"] }), r("bmerge", ["a1", "b1"]));
    assertUpgrade(map, "b1", ["a1"], ["b1"], ["b1"]);
    assertUpgrade(map, "bmerge", ["b1"], ["bmerge"], ["bmerge"]);
    assertDowngrade(map, "a1", ["bmerge"], ["bmerge"], ["b1"]);
    assertDowngrade(map, "b1", ["bmerge"], ["bmerge"], ["b1"]);
});
test("a dependency on a branch label", () => {
    const map = mapOf(r("a1", null, { labels: ["lib1"] }), r("b1", "a1"), r("c1", "b1", { labels: ["c1lib"] }), r("a2"), r("b2", "a2"), r("c2", "b2", { deps: ["c1lib"] }), r("d1", "c1"), r("e1", "d1"), r("f1", "e1"));
    assertUpgrade(map, "c2", ["a2"], ["a1", "b1", "c1", "b2", "c2"], ["c2"]);
});
describe("forest", () => {
    const map = mapOf(r("a1"), r("b1", "a1"), r("a2"), r("b2", "a2"));
    test("base to heads", () => {
        assert.deepEqual(ids(planUpgrade(map, "heads", [])), ["a2", "b2", "a1", "b1"]);
    });
    test("stamps", () => {
        const steps = planStamp(map, "heads", []);
        assert.deepEqual(steps.map((s) => s.toRevisions), [["b1"], ["b2"]]);
        assert.deepEqual(planStamp(map, "heads", ["b1", "b2"]), []);
        // Alembic ends with only b2 here: it folds b1 into the step for b2
        assert.deepEqual(runHeads(map, planStamp(map, "heads", ["b1", "a2"]), ["b1", "a2"]), ["b1", "b2"]);
        assert.deepEqual(runHeads(map, planStamp(map, "heads", ["a1", "a2"]), ["a1", "a2"]), ["b1", "b2"]);
        assert.deepEqual(runHeads(map, planStamp(map, ["b1", "a2"], [], { purge: true }), []), ["a2", "b1"]);
        assert.deepEqual(runHeads(map, planStamp(map, "base", ["b1", "b2"]), ["b1", "b2"]), []);
        assert.deepEqual(runHeads(map, planStamp(map, null, ["b1", "b2"]), ["b1", "b2"]), []);
    });
});
describe("merged path", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b"), r("d1", "c1"), r("c2", "b", { labels: ["c2branch"] }), r("d2", "c2"), r("e", ["d1", "d2"], { message: "merge d1 and d2" }), r("f", "e"));
    const stampActions = (target, heads) => {
        const steps = planStamp(map, target, heads);
        assert.equal(steps.length, 1);
        return new HeadMaintainer(map, heads).updateToStep(steps[0]);
    };
    test("stamps across the merge point", () => {
        assert.deepEqual(stampActions("c2", ["e"]), [{ kind: "update", from: "e", to: "c2" }]);
        assert.deepEqual(stampActions("a", ["e"]), [{ kind: "update", from: "e", to: "a" }]);
        assert.deepEqual(stampActions("e", ["c2"]), [{ kind: "update", from: "c2", to: "e" }]);
        assert.deepEqual(stampActions("c2branch@head", ["d1", "c2"]), [
            { kind: "delete", rev: "d1" },
            { kind: "update", from: "c2", to: "f" },
        ]);
        assert.deepEqual(stampActions("e", ["d1", "c2"]), [
            { kind: "delete", rev: "d1" },
            { kind: "update", from: "c2", to: "e" },
        ]);
        assert.deepEqual(stampActions("e", ["b"]), [{ kind: "update", from: "b", to: "e" }]);
    });
    test("upgrade across the merge point", () => {
        const plan = planUpgrade(map, "f", ["b"]);
        assert.deepEqual(ids(plan), ["c2", "d2", "c1", "d1", "e", "f"]);
        const hm = new HeadMaintainer(map, ["b"]);
        const actions = plan.map((s) => hm.updateToStep(s));
        assert.deepEqual(actions, [
            [{ kind: "update", from: "b", to: "c2" }],
            [{ kind: "update", from: "c2", to: "d2" }],
            [{ kind: "insert", rev: "c1" }],
            [{ kind: "update", from: "c1", to: "d1" }],
            [
                { kind: "delete", rev: "d1" },
                { kind: "update", from: "d2", to: "e" },
            ],
            [{ kind: "update", from: "e", to: "f" }],
        ]);
        assert.equal(formatStep(plan[4]), "upgrade d1, d2 -> e, merge d1 and d2");
    });
    test("downgrade across the merge point", () => {
        const plan = planDowngrade(map, "b", ["f"]);
        assert.deepEqual(ids(plan), ["f", "e", "d1", "c1", "d2", "c2"]);
        const hm = new HeadMaintainer(map, ["f"]);
        const actions = plan.map((s) => hm.updateToStep(s));
        assert.deepEqual(actions, [
            [{ kind: "update", from: "f", to: "e" }],
            [
                { kind: "insert", rev: "d1" },
                { kind: "update", from: "e", to: "d2" },
            ],
            [{ kind: "update", from: "d1", to: "c1" }],
            [{ kind: "delete", rev: "c1" }],
            [{ kind: "update", from: "d2", to: "c2" }],
            [{ kind: "update", from: "c2", to: "b" }],
        ]);
        assert.equal(formatStep(plan[1]), "downgrade e -> d1, d2, merge d1 and d2");
    });
});
describe("branches with a cross dependency", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b", { labels: ["c1branch"] }), r("d1", "c1"), r("c2", "b", { labels: ["c2branch"] }), r("d2", "c2", { deps: ["c1"] }));
    test("the dependent branch can go down alone", () => {
        assertDowngrade(map, "c2branch@b", ["d1", "d2"], ["d2", "c2"], ["d1"]);
    });
    test("taking down the dependency takes down the dependent", () => {
        const plan = planDowngrade(map, "c1branch@b", ["d1", "d2"]);
        const got = ids(plan);
        assert.deepEqual([...got].sort(), ["c1", "d1", "d2"]);
        assert.ok(got.indexOf("d1") < got.indexOf("c1"));
        assert.ok(got.indexOf("d2") < got.indexOf("c1"));
        assert.deepEqual(runHeads(map, plan, ["d1", "d2"]), ["c2"]);
    });
});

/**
 * Version-table bookkeeping: ports of Alembic's tests/test_version_table.py
 * (UpdateRevTest, with stamp steps) and each transition of a revision step:
 * new branch, move along a branch, delete a branch, merge, unmerge.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { downgradeStep, HeadMaintainer, stampStep, upgradeStep, versionTableActions, } from "../../src/graph/index.js";
import { mapOf, r, throwsGraph } from "./helpers.js";
const up = (from, to, branchMove = false) => stampStep(list(from), list(to), "up", branchMove);
const down = (from, to, branchMove = false) => stampStep(list(from), list(to), "down", branchMove);
function list(x) {
    return x === null ? [] : typeof x === "string" ? [x] : x;
}
describe("stamp steps (Alembic UpdateRevTest)", () => {
    const map = mapOf();
    const hm = () => new HeadMaintainer(map, []);
    const sorted = (h) => h.heads.sort();
    test("none to single, single to single, single to none", () => {
        const h = hm();
        assert.deepEqual(h.updateToStep(up(null, "a", true)), [{ kind: "insert", rev: "a" }]);
        assert.deepEqual(h.heads, ["a"]);
        assert.deepEqual(h.updateToStep(up("a", "b")), [{ kind: "update", from: "a", to: "b" }]);
        assert.deepEqual(h.heads, ["b"]);
        assert.deepEqual(h.updateToStep(down("b", null, true)), [{ kind: "delete", rev: "b" }]);
        assert.deepEqual(h.heads, []);
    });
    test("add branches", () => {
        const h = hm();
        h.updateToStep(up(null, "a", true));
        h.updateToStep(up("a", "b"));
        h.updateToStep(up(null, "c", true));
        assert.deepEqual(sorted(h), ["b", "c"]);
        h.updateToStep(up("c", "d"));
        h.updateToStep(up("d", "e1"));
        assert.deepEqual(h.updateToStep(up("d", "e2", true)), [{ kind: "insert", rev: "e2" }]);
        assert.deepEqual(sorted(h), ["b", "e1", "e2"]);
    });
    test("tear down branches", () => {
        const h = hm();
        h.updateToStep(up(null, "d1", true));
        h.updateToStep(up(null, "d2", true));
        h.updateToStep(down("d1", "c"));
        assert.deepEqual(sorted(h), ["c", "d2"]);
        assert.deepEqual(h.updateToStep(down("d2", "c", true)), [{ kind: "delete", rev: "d2" }]);
        assert.deepEqual(sorted(h), ["c"]);
        h.updateToStep(down("c", "b"));
        assert.deepEqual(sorted(h), ["b"]);
    });
    test("resolve and unresolve merges", () => {
        const h = hm();
        for (const s of [up(null, "a", true), up("a", "b"), up("b", "c1"), up("b", "c2", true), up("c1", "d1"), up("c2", "d2")]) {
            h.updateToStep(s);
        }
        assert.deepEqual(sorted(h), ["d1", "d2"]);
        assert.deepEqual(h.updateToStep(up(["d1", "d2"], "e")), [
            { kind: "delete", rev: "d1" },
            { kind: "update", from: "d2", to: "e" },
        ]);
        assert.deepEqual(sorted(h), ["e"]);
        assert.deepEqual(h.updateToStep(down("e", ["d1", "d2"])), [
            { kind: "insert", rev: "d1" },
            { kind: "update", from: "e", to: "d2" },
        ]);
        assert.deepEqual(sorted(h), ["d1", "d2"]);
        h.updateToStep(down("d2", "c2"));
        assert.deepEqual(sorted(h), ["c2", "d1"]);
    });
    test("moves that do not fit the table are refused", () => {
        const h = hm();
        h.updateToStep(up(null, "a", true));
        // like Alembic, an upward stamp from a head that is not recorded inserts
        assert.deepEqual(new HeadMaintainer(map, ["a"]).updateToStep(up("x", "b")), [{ kind: "insert", rev: "b" }]);
        throwsGraph(() => h.updateToStep(down("x", null, true)), "GRAPH.VERSION_TABLE_MISMATCH", /x is not present \(version table holds: a\)/);
        throwsGraph(() => new HeadMaintainer(map, ["a", "b"]).updateToStep(up("a", "b")), "GRAPH.VERSION_TABLE_MISMATCH", /b is already present/);
    });
});
describe("revision steps", () => {
    const map = mapOf(r("a"), r("b", "a"), r("c1", "b"), r("c2", "b"), r("m", ["c1", "c2"]), r("x"), r("y", "x", { deps: ["b"] }));
    const node = (id) => {
        const rev = map.get(id);
        assert.ok(rev);
        return rev;
    };
    const act = (heads, step) => versionTableActions(map, heads, step);
    test("insert a base, move along a line", () => {
        assert.deepEqual(act([], upgradeStep(node("a"))), { actions: [{ kind: "insert", rev: "a" }], heads: ["a"] });
        assert.deepEqual(act(["a"], upgradeStep(node("b"))), { actions: [{ kind: "update", from: "a", to: "b" }], heads: ["b"] });
        assert.deepEqual(act(["b"], downgradeStep(node("b"))), { actions: [{ kind: "update", from: "b", to: "a" }], heads: ["a"] });
        assert.deepEqual(act(["a"], downgradeStep(node("a"))), { actions: [{ kind: "delete", rev: "a" }], heads: [] });
    });
    test("a second branch from a non-head is an insert; going back deletes it", () => {
        assert.deepEqual(act(["c1"], upgradeStep(node("c2"))).actions, [{ kind: "insert", rev: "c2" }]);
        assert.deepEqual(act(["c1", "c2"], downgradeStep(node("c2"))).actions, [{ kind: "delete", rev: "c2" }]);
    });
    test("merge and unmerge", () => {
        assert.deepEqual(act(["c1", "c2"], upgradeStep(node("m"))), {
            actions: [
                { kind: "delete", rev: "c1" },
                { kind: "update", from: "c2", to: "m" },
            ],
            heads: ["m"],
        });
        assert.deepEqual(act(["m"], downgradeStep(node("m"))), {
            actions: [
                { kind: "insert", rev: "c1" },
                { kind: "update", from: "m", to: "c2" },
            ],
            heads: ["c1", "c2"],
        });
        // one parent missing: the other is updated
        assert.deepEqual(act(["c2", "y"], upgradeStep(node("c1"))).actions, [{ kind: "insert", rev: "c1" }]);
    });
    test("unmerge does not record a parent another head implies", () => {
        const m2 = mapOf(r("a"), r("b", "a"), r("m", ["a", "b"]), r("z", "a"));
        const m2node = (id) => m2.get(id);
        assert.deepEqual(versionTableActions(m2, ["m"], downgradeStep(m2node("m"))), {
            actions: [{ kind: "update", from: "m", to: "b" }],
            heads: ["b"],
        });
    });
    test("dependencies: a head whose parent is implied by a dependent is deleted", () => {
        // b is implied by y (y depends on b)
        assert.deepEqual(act(["c1", "y"], downgradeStep(node("c1"))), { actions: [{ kind: "delete", rev: "c1" }], heads: ["y"] });
        assert.deepEqual(act(["y"], downgradeStep(node("y"))), {
            actions: [
                { kind: "insert", rev: "x" },
                { kind: "update", from: "y", to: "b" },
            ],
            heads: ["x", "b"],
        });
    });
    test("steps that do not fit are refused", () => {
        throwsGraph(() => act(["a"], downgradeStep(node("b"))), "GRAPH.VERSION_TABLE_MISMATCH", /downgrade of b/);
        throwsGraph(() => act(["c1", "c2", "zz"], upgradeStep(node("m"))), "GRAPH.VERSION_TABLE_MISMATCH", /'zz'/);
        throwsGraph(() => act(["b"], upgradeStep(node("b"))), "GRAPH.VERSION_TABLE_MISMATCH", /upgrade of b/);
    });
});

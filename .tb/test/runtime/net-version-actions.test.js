import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { netVersionActions } from "../../src/runtime/net-version-actions.js";
const up = (from, to) => ({ kind: "update", from, to });
const ins = (rev) => ({ kind: "insert", rev });
const del = (rev) => ({ kind: "delete", rev });
describe("netVersionActions", () => {
    test("a linear run from a revision: delete the start, insert the end", () => {
        assert.deepEqual(netVersionActions([up("a", "b"), up("b", "c"), up("c", "d")]), [del("a"), ins("d")]);
    });
    test("from base: only the insert", () => {
        assert.deepEqual(netVersionActions([ins("a"), up("a", "b")]), [ins("b")]);
    });
    test("down to base: only the delete", () => {
        assert.deepEqual(netVersionActions([up("c", "b"), up("b", "a"), del("a")]), [del("c")]);
    });
    test("a merge: two heads become one", () => {
        assert.deepEqual(netVersionActions([up("x", "x2"), del("y"), up("x2", "m")]), [del("x"), del("y"), ins("m")]);
    });
    test("there and back again: nothing", () => {
        assert.deepEqual(netVersionActions([up("a", "b"), up("b", "a")]), []);
        assert.deepEqual(netVersionActions([del("a"), ins("a")]), []);
    });
    test("an unmerge: one head becomes two", () => {
        assert.deepEqual(netVersionActions([up("m", "x"), ins("y")]), [del("m"), ins("x"), ins("y")]);
    });
});

/**
 * Listings compared with the output of real Alembic 1.8.1 on the same
 * history (captured with `alembic history`, `heads`, `branches`, `current`,
 * `show`, `-v`). Alembic prints a branch point's children in set order; we
 * print load order, so the `branches` children below are in load order.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatBranches, formatCurrentEntry, formatHeadEntry, formatHistoryEntry, formatLogEntry, historyRevisions, walkRevisions, } from "../../src/graph/index.js";
import { mapOf, r } from "./helpers.js";
const dir = "/tmp/alref/p1/migrations/versions";
const doc = (msg, id, revises) => `${msg}\n\nRevision ID: ${id}\nRevises: ${revises}\nCreate Date: 2024-01-01 00:00:00`;
const map = mapOf(r("aaaa1111", null, { message: "create account", doc: doc("create account", "aaaa1111", "None"), path: `${dir}/0000_aaaa1111.py` }), r("bbbb2222", "aaaa1111", { message: "add column", doc: doc("add column", "bbbb2222", "aaaa1111"), path: `${dir}/0001_bbbb2222.py` }), r("cccc3333", "aaaa1111", { labels: ["shop"], message: "b2 branch", doc: doc("b2 branch", "cccc3333", "aaaa1111"), path: `${dir}/0002_cccc3333.py` }), r("dddd4444", null, { labels: ["lib"], message: "lib base", doc: doc("lib base", "dddd4444", "None"), path: `${dir}/0003_dddd4444.py` }), r("eeee5555", "dddd4444", { deps: ["cccc3333"], message: "lib dep", doc: doc("lib dep", "eeee5555", "dddd4444"), path: `${dir}/0004_eeee5555.py` }), r("ffff6666", ["bbbb2222", "eeee5555"], {
    message: "merge it",
    doc: doc("merge it", "ffff6666", "['bbbb2222', 'eeee5555']"),
    path: `${dir}/0005_ffff6666.py`,
}));
const get = (id) => {
    const rev = map.get(id);
    assert.ok(rev);
    return rev;
};
describe("one-line forms", () => {
    test("history", () => {
        assert.deepEqual(walkRevisions(map).map((rev) => formatHistoryEntry(rev)), [
            "bbbb2222, eeee5555 -> ffff6666 (lib) (head) (mergepoint), merge it",
            "aaaa1111 -> bbbb2222, add column",
            "dddd4444 (cccc3333) -> eeee5555 (lib), lib dep",
            "<base> -> dddd4444 (lib), lib base",
            "aaaa1111 -> cccc3333 (shop) (effective head), b2 branch",
            "<base> -> aaaa1111 (branchpoint), create account",
        ]);
    });
    test("history -i", () => {
        assert.equal(formatHistoryEntry(get("ffff6666"), { current: ["ffff6666"] }), "bbbb2222, eeee5555 -> ffff6666 (lib) (head) (current) (mergepoint), merge it");
        assert.equal(formatHistoryEntry(get("bbbb2222"), { current: new Set(["ffff6666"]) }), "aaaa1111 -> bbbb2222, add column");
    });
    test("history ranges", () => {
        const lines = (range) => historyRevisions(map, range, ["ffff6666"]).map((rev) => formatHistoryEntry(rev));
        assert.deepEqual(lines("dddd4444:"), [
            "bbbb2222, eeee5555 -> ffff6666 (lib) (head) (mergepoint), merge it",
            "dddd4444 (cccc3333) -> eeee5555 (lib), lib dep",
            "<base> -> dddd4444 (lib), lib base",
        ]);
        assert.deepEqual(lines(":eeee5555"), [
            "dddd4444 (cccc3333) -> eeee5555 (lib), lib dep",
            "<base> -> dddd4444 (lib), lib base",
            "aaaa1111 -> cccc3333 (shop) (effective head), b2 branch",
            "<base> -> aaaa1111 (branchpoint), create account",
        ]);
    });
    test("heads", () => {
        assert.deepEqual(map.heads.map((id) => formatHeadEntry(get(id))), ["cccc3333 (shop) (effective head)", "ffff6666 (lib) (head)"]);
        assert.deepEqual(map.realHeads.map((id) => formatHeadEntry(get(id))), ["ffff6666 (lib) (head)"]);
    });
    test("current", () => {
        assert.deepEqual(map.allCurrent(["ffff6666"]).map((rev) => formatCurrentEntry(rev)), ["cccc3333 (effective head)", "ffff6666 (head) (mergepoint)"]);
    });
    test("branches", () => {
        assert.deepEqual(formatBranches(map), [
            "aaaa1111 (branchpoint)\n         -> bbbb2222\n         -> cccc3333 (shop) (effective head)\n",
        ]);
    });
});
describe("verbose forms", () => {
    test("show", () => {
        assert.equal(formatLogEntry(get("eeee5555")), [
            "Rev: eeee5555",
            "Parent: dddd4444",
            "Also depends on: cccc3333",
            "Branch names: lib",
            `Path: ${dir}/0004_eeee5555.py`,
            "",
            "    lib dep",
            "    ",
            "    Revision ID: eeee5555",
            "    Revises: dddd4444",
            "    Create Date: 2024-01-01 00:00:00",
            "",
        ].join("\n"));
    });
    test("heads -v", () => {
        assert.equal(map.heads.map((id) => `${formatHeadEntry(get(id), { verbose: true })}\n`).join(""), [
            "Rev: cccc3333 (head)",
            "Parent: aaaa1111",
            "Branch names: shop",
            `Path: ${dir}/0002_cccc3333.py`,
            "",
            "    b2 branch",
            "    ",
            "    Revision ID: cccc3333",
            "    Revises: aaaa1111",
            "    Create Date: 2024-01-01 00:00:00",
            "",
            "Rev: ffff6666 (head) (mergepoint)",
            "Merges: bbbb2222, eeee5555",
            "Branch names: lib",
            `Path: ${dir}/0005_ffff6666.py`,
            "",
            "    merge it",
            "    ",
            "    Revision ID: ffff6666",
            "    Revises: ['bbbb2222', 'eeee5555']",
            "    Create Date: 2024-01-01 00:00:00",
            "",
            "",
        ].join("\n"));
    });
    test("branches -v", () => {
        assert.deepEqual(formatBranches(map, { verbose: true }), [
            [
                "Rev: aaaa1111 (branchpoint)",
                "Parent: <base>",
                "Branches into: bbbb2222, cccc3333",
                `Path: ${dir}/0000_aaaa1111.py`,
                "",
                "    create account",
                "    ",
                "    Revision ID: aaaa1111",
                "    Revises: None",
                "    Create Date: 2024-01-01 00:00:00",
                "",
                "         -> bbbb2222, add column",
                "         -> cccc3333 (shop) (effective head), b2 branch",
                "",
            ].join("\n"),
        ]);
    });
    test("current marker and an empty doc", () => {
        const m = mapOf(r("abcd1234"));
        assert.equal(formatLogEntry(m.get("abcd1234"), { current: ["abcd1234"] }), "Rev: abcd1234 (head) (current)\nParent: <base>\nPath: \n\n\n");
    });
});

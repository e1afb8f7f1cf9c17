/**
 * `heads`, `branches`, `history` and `show` print the same text as Alembic
 * 1.8 for the same graph: a branch point, a labelled branch, a merge, a
 * cross-branch dependsOn on a revision and on a label, and (in "branched")
 * an effective head. Alembic's output is recorded in fixtures/alembic-cli.json
 * by alembic/record.py. The differences normalized away below are deliberate
 * and documented in docs/commands/history.md ("Compared with Alembic").
 */
import assert from "node:assert/strict";
import { realpathSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { ALEMBIC, GRAPHS, ok, writeGraph } from "./helpers.js";
/** Alembic keeps the docstring's trailing blanks ("Revises: " of a root); Athanor trims doc lines. */
function trimDocLines(text) {
    return text.replace(/^( {4}.*?)[ \t]+$/gm, "$1");
}
/**
 * Alembic prints a branch point's children from a set (any order); Athanor
 * prints load order. Sort both the `Branches into:` list and each run of
 * `branches` child lines (`         -> rev ...`).
 */
function sortBranchesInto(text) {
    const sorted = text.replace(/^Branches into: (.*)$/gm, (_, list) => `Branches into: ${list.split(", ").sort().join(", ")}`);
    return sorted.replace(/(?:^ +-> .*\n)+/gm, (run) => `${run.split("\n").filter(Boolean).sort().join("\n")}\n`);
}
function normalizeAlembic(text) {
    return sortBranchesInto(trimDocLines(text));
}
function normalizeOurs(text, dir) {
    return sortBranchesInto(text.split(dir).join("<dir>").replace(/^(Path: .*)\.ts$/gm, "$1.py"));
}
for (const graph of ["merged", "branched"]) {
    describe(`Alembic ${ALEMBIC.alembic} text, graph '${graph}'`, () => {
        const project = new TempProject();
        const recorded = Object.entries(ALEMBIC.graphs[graph] ?? {});
        let dir = "";
        let results = [];
        before(async () => {
            writeGraph(project, GRAPHS[graph]);
            dir = realpathSync(project.dir);
            // Read-only commands on one project: run them side by side.
            results = await Promise.all(recorded.map(([command]) => project.runAsync(command.split(" "))));
        });
        after(() => project.cleanup());
        recorded.forEach(([command, expected], i) => {
            test(command, () => {
                const r = results[i];
                if (expected.exit !== 0) {
                    // Alembic fails here (an id that is not in this graph); so do we, with exit 1.
                    assert.equal(r.code, 1, `${command}: ${r.stdout}${r.stderr}`);
                    return;
                }
                assert.equal(normalizeOurs(ok(r, command), dir), normalizeAlembic(expected.stdout));
            });
        });
    });
}
describe("deliberate text differences, pinned", () => {
    const project = new TempProject();
    before(() => writeGraph(project, GRAPHS.branched));
    after(() => project.cleanup());
    test("a branch point's children are listed in load order (file name order), not set order", () => {
        const out = ok(project.run(["show", "aaaa11112222"]));
        assert.match(out, /^Branches into: bbbb22223333, cccc33334444$/m);
        assert.equal(ok(project.run(["branches"])), "aaaa11112222 (branchpoint)\n             -> bbbb22223333 (effective head)\n             -> cccc33334444 (shop)\n\n");
    });
    test("doc lines are printed without trailing blanks", () => {
        const out = ok(project.run(["show", "aaaa11112222"]));
        assert.match(out, /^ {4}Revises:$/m);
    });
    test("paths are the absolute paths of the .ts files", () => {
        const out = ok(project.run(["show", "cccc"]));
        assert.match(out, new RegExp(`^Path: ${realpathSync(project.dir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/migrations/versions/cccc33334444_shop_branch\\.ts$`, "m"));
    });
});

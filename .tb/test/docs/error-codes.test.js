/**
 * The error codes in docs/api.md ("All error codes") are exactly those of
 * src/error-codes.ts, in the same order, and the former codes listed there
 * are exactly those still matched by `hasCode`.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ERROR_CODES, FORMER_ERROR_CODES } from "../../src/error-codes.js";
import { AthanorError } from "../../src/errors.js";
import { REPO_ROOT } from "../support/cli.js";
/** The first column's codes of the first table after `heading`. */
function tableCodes(markdown, heading) {
    const at = markdown.indexOf(`\n${heading}\n`);
    assert.ok(at >= 0, `docs/api.md has no "${heading}"`);
    const lines = markdown.slice(at).split("\n");
    const start = lines.findIndex((l) => l.startsWith("|"));
    const rows = [];
    for (const line of lines.slice(start + 2)) {
        if (!line.startsWith("|"))
            break;
        const code = /^\| `([^`]+)` \|/.exec(line)?.[1];
        assert.ok(code, `a row without a code: ${line}`);
        rows.push(code);
    }
    return rows;
}
describe("error codes", () => {
    const api = readFileSync(join(REPO_ROOT, "docs/api.md"), "utf8");
    test("docs/api.md lists exactly the codes of src/error-codes.ts", () => {
        assert.deepEqual(tableCodes(api, "### All error codes"), Object.keys(ERROR_CODES));
    });
    test("docs/api.md lists exactly the former codes, and each still matches", () => {
        const former = api.slice(api.indexOf("| former code | now |"));
        const rows = former.split("\n").slice(2).filter((l) => l.startsWith("| `"));
        assert.ok(rows.length > 0);
        const pairs = rows.map((l) => [...l.matchAll(/`([A-Z_.]+)`/g)].slice(0, 2).map((m) => m[1]));
        assert.deepEqual(pairs, Object.entries(FORMER_ERROR_CODES));
        for (const [old, now] of Object.entries(FORMER_ERROR_CODES)) {
            const e = new AthanorError(now, "x");
            assert.equal(e.hasCode(old), true);
            assert.equal(e.hasCode(now), true);
        }
        assert.equal(new AthanorError("CONFIG.INVALID", "x").hasCode("DB.CONNECT"), false);
    });
    test("codes are namespaced and upper-case", () => {
        for (const code of Object.keys(ERROR_CODES))
            assert.match(code, /^[A-Z]+(?:\.[A-Z_]+)?$/);
    });
});

/**
 * The revision template filled in: no line ends with a blank, whatever is
 * empty (`Revises:` of a root revision, an empty line inside the message).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { renderRevisionTemplate } from "../../src/script/render-revision-template.js";
const template = (flavour) => readFileSync(fileURLToPath(new URL(`../../../templates/script.${flavour}.tmpl`, import.meta.url)), "utf8");
const values = {
    message: "first line\n\nmore about it\n",
    revision: "abc123",
    downRevision: null,
    branchLabels: [],
    dependsOn: [],
    createDate: "2026-01-01 00:00:00.000000+00:00",
};
describe("renderRevisionTemplate", () => {
    for (const flavour of ["ts", "js"]) {
        test(`${flavour}: no trailing blanks on a root revision with a multi-paragraph message`, () => {
            const text = renderRevisionTemplate(template(flavour), values, `script.${flavour}.tmpl`);
            for (const [i, line] of text.split("\n").entries())
                assert.doesNotMatch(line, /[ \t]$/, `line ${i + 1}: ${JSON.stringify(line)}`);
            assert.match(text, /^ \* Revises:$/m);
            assert.match(text, /^ \* first line\n \*\n \* more about it\n/m);
        });
    }
    test("a placeholder with a value keeps its blank", () => {
        const text = renderRevisionTemplate(template("ts"), { ...values, downRevision: ["a1", "b2"] }, "script.ts.tmpl");
        assert.match(text, /^ \* Revises: a1, b2$/m);
    });
    test("blanks of the template itself, away from an empty placeholder, are kept", () => {
        const text = renderRevisionTemplate("const s = `x  \n{{revision}}`;\n// {{revises}}\n", values, "t.tmpl");
        assert.equal(text, "const s = `x  \nabc123`;\n//\n");
    });
});

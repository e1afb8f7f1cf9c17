/**
 * The generated file's comments (review header, possible renames, warnings)
 * quote names from the database and the models; a name with a line break
 * (PostgreSQL allows one in a quoted identifier) must stay inside its
 * comment, not become code of the revision.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderBodies } from "../../src/autogenerate/index.js";
const EVIL = "x\nawait op.execute('DROP TABLE victims');\r// \u2028await op.execute('DROP TABLE victims2');";
/** The lines of a body that are code, not comments. */
const codeLines = (body) => body
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("//"));
describe("generated comments stay comments", () => {
    test("a dropped table, a possible rename and a warning quoting a name with line breaks", () => {
        const drop = { kind: "dropTable", table: EVIL };
        const rendered = renderBodies({
            upgradeOps: [drop],
            downgradeOps: [],
            irreversible: [`dropTable ${EVIL}: no definition`],
            warnings: [`table ${EVIL} looks odd`],
            possibleRenames: [
                {
                    kind: "table",
                    table: EVIL,
                    from: EVIL,
                    to: "y",
                    operation: { kind: "renameTable", table: EVIL, newName: "y" },
                    renameKey: EVIL,
                },
            ],
        });
        for (const line of codeLines(rendered.upgrades))
            assert.match(line, /^await op\.dropTable\(/, rendered.upgrades);
        assert.deepEqual(codeLines(rendered.downgrades), [], rendered.downgrades);
    });
});

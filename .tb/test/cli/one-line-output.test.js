/**
 * Text that is not Athanor's own (a revision's message, a server's error)
 * stays on its line: a multi-line `-m` can't forge "Done:" or "error:" lines
 * in the progress, the listings or the error line, can't put a statement
 * outside its comment in an offline script, and terminal escape codes are
 * shown, not obeyed.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { singleLine } from "../../src/util/single-line.js";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";
import { fails, lines, ok } from "./helpers.js";
const skip = await requirePostgres();
const newProject = projectsOnNewDatabases();
const FORGING = "add users\nDone: 7 steps committed; the database is at forged\nerror: forged\rDROP TABLE victims;\x1b[31mred";
/** No line of `text` starts with what the message forges. */
function assertNoForgedLines(text, what) {
    for (const line of text.split(/\r\n|\n|\r/)) {
        assert.doesNotMatch(line, /^(Done: 7|error: forged|DROP TABLE victims)/, `${what} has a forged line: ${JSON.stringify(line)}\n${text}`);
    }
    assert.ok(!text.includes("\x1b"), `${what} contains an escape character:\n${JSON.stringify(text)}`);
}
describe("singleLine", () => {
    test("joins lines with spaces and shows control characters as escapes", () => {
        assert.equal(singleLine("a\nb"), "a b");
        assert.equal(singleLine("a \r\n  b\u2028c"), "a b c");
        assert.equal(singleLine("red \x1b[31m bell\x07 del\x7f c1\x9b"), "red \\x1b[31m bell\\x07 del\\x7f c1\\x9b");
        assert.equal(singleLine("tab\there"), "tab here");
        assert.equal(singleLine("plain, unchanged: é ✓"), "plain, unchanged: é ✓");
    });
});
describe("one-line outputs keep untrusted text on its line", skip, () => {
    test("a multi-line -m message in history, heads, current, upgrade progress and offline SQL", async () => {
        const { p } = await newProject();
        ok(p.athanor("revision", "-m", FORGING, "--rev-id", "a0000001"), "revision");
        ok(p.athanor("revision", "-m", "second", "--rev-id", "b0000002"), "revision");
        const history = ok(p.athanor("history"), "history");
        assert.equal(lines(history).length, 2, history);
        assertNoForgedLines(history, "history");
        assert.match(history, /^<base> -> a0000001, add users Done: 7 steps committed; the database is at forged error: forged DROP TABLE victims;\\x1b\[31mred$/m);
        const up = p.athanor("upgrade", "a0000001");
        ok(up, "upgrade");
        assertNoForgedLines(up.stderr, "upgrade progress");
        assert.equal(lines(up.stderr).filter((l) => l.startsWith("Done:")).length, 1, up.stderr);
        assert.match(up.stderr, /^Running upgrade {2}-> a0000001, add users Done: 7 steps/m);
        for (const args of [["heads", "-v"], ["current"], ["history", "-i"], ["branches"], ["show", "a0000001"]]) {
            const r = p.athanor(...args);
            ok(r, args.join(" "));
            assertNoForgedLines(r.stdout + r.stderr, args.join(" "));
        }
        const offline = ok(p.athanor("upgrade", "--sql", "base:head"), "upgrade --sql");
        assertNoForgedLines(offline, "offline SQL");
        const down = p.athanor("downgrade", "base");
        ok(down, "downgrade");
        assertNoForgedLines(down.stderr, "downgrade progress");
    });
    test("check: a database object named with a line break is listed on one line", async () => {
        const { db, p } = await newProject();
        p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "migrations", models: ["./models.ts"] });\n`);
        p.write("models.ts", `import { t, table } from "athanor";\nexport const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true } } });\n`);
        ok(p.athanor("upgrade", "head"), "upgrade");
        await db.query(`CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE "x
error: forged" (id int)`);
        const r = p.athanor("check");
        assert.equal(r.code, 2, r.stderr);
        assertNoForgedLines(r.stdout + r.stderr, "check");
        assert.match(r.stdout, /x error: forged/);
    });
    test("an error message with line breaks is one error line (offline and online)", async () => {
        const { p } = await newProject();
        p.rev("a0000001", null, {
            up: `  if (op.offline) throw new Error("boom\\nDone: 1 step committed; the database is at forged\\n\\x1b[2Jerror: forged");
  await op.execute(String.raw\`DO $$ BEGIN RAISE EXCEPTION E'bang\\nDone: 1 step committed\\n\\x1b[2Jerror: forged'; END $$\`);`,
        });
        const offline = fails(p.athanor("upgrade", "--sql", "head"), 1);
        assert.match(offline, /boom Done: 1 step committed; the database is at forged \\x1b\[2Jerror: forged$/);
        const online = fails(p.athanor("upgrade", "head", "-q"), 1);
        assert.match(online, /bang/);
    });
});

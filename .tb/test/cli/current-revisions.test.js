/**
 * The graph commands that read the database's current revisions:
 * `history -i`, `history -r current:…`, `show current`. Real PostgreSQL
 * (a database per test); the text is compared with Alembic 1.8's for the
 * same graph stamped at the same revisions.
 */
import assert from "node:assert/strict";
import { realpathSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { ALEMBIC, assertNoSecret, fails, GRAPHS, ok, writeGraph } from "./helpers.js";
const skip = await requirePostgres();
/** Alembic keeps trailing blanks of docstring lines; Athanor trims them (see alembic-text.test.ts). */
const trimDocLines = (text) => text.replace(/^( {4}.*?)[ \t]+$/gm, "$1");
/** Alembic prints "FAILED: <message>" on stdout; Athanor "error: <message>" on stderr. */
const alembicFailure = (stdout) => /^FAILED: (.*)$/m.exec(stdout)?.[1];
describe("commands that read the current revisions", skip, () => {
    const project = new TempProject();
    let db;
    let dir = "";
    const run = (args) => project.runAsync([...args, "-q"], { env: { DATABASE_URL: db.url } });
    before(async () => {
        db = await createTestDatabase("athanor_cli");
        writeGraph(project, GRAPHS.merged);
        dir = realpathSync(project.dir);
        ok(await run(["stamp", ...ALEMBIC.current.stamped]), "stamp");
    });
    after(async () => {
        project.cleanup();
        await db?.drop();
    });
    for (const [command, expected] of Object.entries(ALEMBIC.current.commands)) {
        test(`${command} (as Alembic ${ALEMBIC.alembic})`, async () => {
            const r = await run(command.split(" "));
            if (expected.exit !== 0) {
                const message = alembicFailure(expected.stdout);
                assert.ok(message, expected.stdout);
                // Same failure; Athanor's message adds the why and the way out.
                assert.ok(fails(r).startsWith(message), `${r.stderr} vs ${message}`);
                return;
            }
            const ours = ok(r, command).split(dir).join("<dir>").replace(/^(Path: .*)\.ts$/gm, "$1.py");
            assert.equal(ours, trimDocLines(expected.stdout));
        });
    }
    test("history -i on a single current revision; current: and :current ranges", async () => {
        ok(await run(["stamp", "--purge", "eeee55556666"]), "restamp");
        assert.equal(ok(await run(["history", "-r", "current:"])), "ffff66667777 (lib) -> 2222bbbb3333 (shop) (head), uses lib\n" +
            "eeee55556666 -> ffff66667777 (shop), after merge\n" +
            "bbbb22223333, dddd44445555 -> eeee55556666 (shop) (mergepoint), merge shop\n");
        assert.equal(ok(await run(["history", "-r", "current:+1"])), "eeee55556666 -> ffff66667777 (shop), after merge\nbbbb22223333, dddd44445555 -> eeee55556666 (shop) (mergepoint), merge shop\n");
        const below = ok(await run(["history", "-r", ":current", "-i"]));
        assert.match(below, /^bbbb22223333, dddd44445555 -> eeee55556666 \(shop\) \(current\) \(mergepoint\), merge shop$/m);
        assert.equal(below.split("\n").filter(Boolean).length, 5);
        assert.match(ok(await run(["show", "current"])), /^Rev: eeee55556666 \(mergepoint\)\nMerges: bbbb22223333, dddd44445555\n/);
    });
    test("an empty database: show current says so; history -i marks nothing", async () => {
        const empty = await createTestDatabase("athanor_cli");
        try {
            const r = await project.runAsync(["show", "current"], { env: { DATABASE_URL: empty.url } });
            assert.equal(ok(r), "");
            assert.match(r.stderr, /^No current revisions \(the database is at base\)$/m);
            const h = await project.runAsync(["history", "-i", "-q"], { env: { DATABASE_URL: empty.url } });
            assert.doesNotMatch(ok(h), /\(current\)/);
        }
        finally {
            await empty.drop();
        }
    });
    test("the password of the database URL is never printed", async () => {
        const withPassword = db.url.replace("://", "://athanor_nobody:not-the-password@");
        for (const args of [["history", "-i"], ["show", "current"], ["history", "-r", "current:", "--debug"], ["config"]]) {
            const r = await project.runAsync(args, { env: { DATABASE_URL: withPassword } });
            assertNoSecret(r, "not-the-password");
        }
    });
    test("no database URL at all: one line saying where a URL comes from", async () => {
        const r = await project.runAsync(["history", "-i"], { env: { DATABASE_URL: undefined } });
        assert.match(fails(r), /^no database URL: set DATABASE_URL, pass --url/);
    });
});

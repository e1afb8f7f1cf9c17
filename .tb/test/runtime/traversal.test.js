/**
 * Alembic's traversal cases on real PostgreSQL: steps run in order, and the
 * version table holds the right rows after each command (read over a second
 * connection).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject, writeTraversalGraph } from "../support/project.js";
const opts = await requirePostgres();
function steps(stderr) {
    return stderr
        .split("\n")
        .filter((l) => l.startsWith("Running "))
        .map((l) => l.replace(/ \(\d+ ms\)$/, "").replace(/, rev \w+$/, ""));
}
describe("traversal on PostgreSQL", opts, () => {
    let db;
    let p;
    const heads = async () => (await db.query("SELECT version_num FROM athanor_version ORDER BY 1")).map((r) => r.version_num);
    before(async () => {
        db = await createTestDatabase();
        p = new MigrationProject(db.url);
        writeTraversalGraph(p);
    });
    after(async () => {
        p.cleanup();
        await db.drop();
    });
    test("current on an empty database creates nothing", async () => {
        const r = p.athanor("current");
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, "");
        const t = await db.query("SELECT to_regclass('athanor_version') AS t");
        assert.equal(t[0]?.t, null);
    });
    test("+1 from base with two roots is ambiguous", () => {
        const r = p.athanor("upgrade", "+1");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /Ambiguous/);
    });
    test("upgrade to a revision, then +1, linear", async () => {
        let r = p.athanor("upgrade", "aaaa0001");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(steps(r.stderr), ["Running upgrade  -> aaaa0001"]);
        assert.deepEqual(await heads(), ["aaaa0001"]);
        r = p.athanor("upgrade", "+1");
        assert.deepEqual(steps(r.stderr), ["Running upgrade aaaa0001 -> bbbb0002"]);
        r = p.athanor("upgrade", "cccc");
        assert.deepEqual(steps(r.stderr), ["Running upgrade bbbb0002 -> cccc0003"]);
        assert.deepEqual(await heads(), ["cccc0003"]);
    });
    test("a branch: upgrading one side, then the other, makes two rows", async () => {
        const r = p.athanor("upgrade", "dd110004");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(steps(r.stderr), ["Running upgrade cccc0003 -> dd110004"]);
        assert.deepEqual(await heads(), ["dd110004"]);
        const y = p.athanor("upgrade", "dd22");
        assert.deepEqual(steps(y.stderr), ["Running upgrade cccc0003 -> dd220005"]);
        assert.deepEqual(await heads(), ["dd110004", "dd220005"]);
    });
    test("'head' with several heads is an error naming the way out", () => {
        const r = p.athanor("upgrade", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /multiple head/i);
        assert.match(r.stderr, /heads|@head/);
    });
    test("merge point: two rows become one", async () => {
        const r = p.athanor("upgrade", "mmmm0006");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(steps(r.stderr), ["Running upgrade dd110004, dd220005 -> mmmm0006"]);
        assert.deepEqual(await heads(), ["mmmm0006"]);
    });
    test("dependency on another root: upgrade heads brings the second root", async () => {
        const r = p.athanor("upgrade", "heads");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(steps(r.stderr), ["Running upgrade  -> rrrr0007", "Running upgrade rrrr0007 -> eeee0008"]);
        assert.deepEqual(await heads(), ["eeee0008", "mmmm0006"]);
        const again = p.athanor("upgrade", "heads");
        assert.equal(again.code, 0);
        assert.deepEqual(steps(again.stderr), []);
        assert.match(again.stderr, /Nothing to do/);
    });
    test("downgrade of a dependency also reverts what depends on it", async () => {
        const r = p.athanor("downgrade", "cccc0003");
        assert.equal(r.code, 0, r.stderr);
        const s = steps(r.stderr);
        assert.ok(s.indexOf("Running downgrade eeee0008 -> rrrr0007") < s.indexOf("Running downgrade dd110004 -> cccc0003"), s.join("\n"));
        assert.ok(s.indexOf("Running downgrade mmmm0006 -> dd110004, dd220005") === 0 || s[0]?.startsWith("Running downgrade eeee0008"), s.join("\n"));
        assert.deepEqual(await heads(), ["cccc0003", "rrrr0007"]);
    });
    test("downgrade other@base deletes that branch's row; downgrade base empties the table", async () => {
        let r = p.athanor("downgrade", "other@base");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(steps(r.stderr), ["Running downgrade rrrr0007 -> "]);
        assert.deepEqual(await heads(), ["cccc0003"]);
        r = p.athanor("downgrade", "base");
        assert.deepEqual(steps(r.stderr), ["Running downgrade cccc0003 -> bbbb0002", "Running downgrade bbbb0002 -> aaaa0001", "Running downgrade aaaa0001 -> "]);
        assert.deepEqual(await heads(), []);
    });
    test("stamp: several revisions, then --purge", async () => {
        let r = p.athanor("stamp", "dd110004", "rrrr0007");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await heads(), ["dd110004", "rrrr0007"]);
        r = p.athanor("stamp", "mmmm0006");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await heads(), ["mmmm0006", "rrrr0007"]);
        r = p.athanor("stamp", "--purge", "aaaa0001");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await heads(), ["aaaa0001"]);
        r = p.athanor("stamp", "base");
        assert.deepEqual(await heads(), []);
    });
    test("relative: +2 from base, -1, and errors for walking too far", async () => {
        let r = p.athanor("upgrade", "aaaa0001");
        r = p.athanor("upgrade", "+2");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await heads(), ["cccc0003"]);
        r = p.athanor("downgrade", "-1");
        r = p.athanor("downgrade", "-1");
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(await heads(), ["aaaa0001"]);
        r = p.athanor("downgrade", "-5");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /-5/);
        assert.deepEqual(await heads(), ["aaaa0001"]);
    });
    test("log table records every step with a checksum", async () => {
        const rows = await db.query("SELECT revision, direction, checksum FROM athanor_version_log ORDER BY id");
        assert.ok(rows.length >= 15);
        assert.ok(rows.some((r) => r.direction === "stamp-up"));
        assert.ok(rows.filter((r) => r.direction === "up").every((r) => /^[0-9a-f]{64}$/.test(r.checksum ?? "")));
    });
});

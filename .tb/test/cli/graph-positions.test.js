/**
 * The graph as the CLI and status() see it on a real database: effective
 * heads count as applied (current --check-heads, check, status() agree),
 * downgrades to a dependency and from a merge point, `heads --check`, and
 * the messages for targets that name nothing or cannot run offline. Every
 * command an error suggests is run here to show that it works.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { status } from "../../src/index.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";
import { fails, lines, ok } from "./helpers.js";
const skip = await requirePostgres();
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
async function project(config = {}) {
    const db = await createTestDatabase("athanor_graph");
    const p = new MigrationProject(db.url, config);
    cleanups.push(() => p.cleanup(), () => db.drop());
    return { db, p, run: (...args) => p.athanorAsync(...args, "-q") };
}
const versionTable = async (db) => (await db.query("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((x) => x.v);
/** The command quoted in an error message: `run 'athanor downgrade a2@base'` -> ["downgrade", "a2@base"]. */
function suggested(message, index = 0) {
    const all = [...message.matchAll(/'athanor ([^']+)'/g)].map((m) => m[1].split(" "));
    assert.ok(all[index], `no command suggested in: ${message}`);
    return all[index];
}
describe("graph positions on a real database", { ...skip, concurrency: true }, () => {
    test("effective head: current --check-heads, status() and upgrade heads agree; head and merge heads name the merge that works", async () => {
        // A; B revises A; C revises A and depends on B
        const { db, p, run } = await project();
        p.rev("A", null).rev("B", "A").rev("C", "A", { dependsOn: ["B"] });
        ok(await run("upgrade", "heads"));
        assert.deepEqual(await versionTable(db), ["C"]);
        const current = ok(await run("current", "--check-heads"), "current --check-heads");
        assert.deepEqual(lines(current), ["B (effective head)", "C (head)"]);
        const json = JSON.parse(ok(await run("current", "--json")));
        assert.equal(json.upToDate, true);
        const s = await status({ cwd: p.dir, url: db.url });
        assert.equal(s.upToDate, true);
        assert.deepEqual(s.pending, []);
        assert.match((await run("upgrade", "heads")).stderr, /^$/); // -q: nothing to do, nothing said
        const head = fails(await run("upgrade", "head"));
        assert.match(head, /'head': B \(effective head\), C; .*'heads' for all heads, or merge the heads with 'athanor merge B C'$/);
        const merge = fails(await run("merge", "heads", "-m", "x"));
        assert.equal(merge, "nothing to merge: there is only one head (C); B is an effective head (applied with what depends on it): to merge it too, run 'athanor merge B C'");
        const gate = fails(await run("heads", "--check"));
        assert.equal(gate, "2 heads (B (effective head), C); merge them with 'athanor merge B C'");
        // the suggested merge works, and then `head` and the gate do
        ok(await run(...suggested(merge), "-m", "merge B and C", "--rev-id", "M"));
        assert.deepEqual(lines(ok(await run("heads", "--check"))), ["M (head)"]);
        ok(await run("upgrade", "head"));
        assert.deepEqual(await versionTable(db), ["M"]);
        ok(await run("current", "--check-heads"));
    });
    test("behind the heads: current --check-heads names the missing head, status() agrees", async () => {
        const { db, p, run } = await project();
        p.rev("A", null).rev("B", "A").rev("C", "A", { dependsOn: ["B"] });
        ok(await run("upgrade", "B"));
        const r = await run("current", "--check-heads");
        assert.equal(r.code, 1);
        assert.equal(r.stdout, "B (effective head)\n");
        assert.equal(r.stderr, "error: Database is not on all head revisions (missing: C); run 'athanor upgrade heads'\n");
        const s = await status({ cwd: p.dir, url: db.url });
        assert.equal(s.upToDate, false);
        assert.deepEqual(s.pending, ["C"]);
    });
    test("downgrade to a revision applied only as a dependency: refused naming why; the suggested command undoes the dependent", async () => {
        // a1 is a root; a2 is a second root that depends on a1
        const { db, p, run } = await project();
        p.rev("a1", null).rev("a2", null, { dependsOn: ["a1"] });
        ok(await run("upgrade", "a2"));
        assert.deepEqual(await versionTable(db), ["a2"]);
        const r = await run("downgrade", "a1");
        const msg = fails(r);
        assert.equal(msg, "Can't downgrade to a1: nothing above it on its own line is applied; it is applied only because a2 depends on it. To undo that, run 'athanor downgrade a2@base'");
        assert.deepEqual(await versionTable(db), ["a2"]);
        ok(await run(...suggested(msg)));
        assert.deepEqual(await versionTable(db), ["a1"]);
        // now a1 is where the database is: nothing to do, and said so
        const again = await p.athanorAsync("downgrade", "a1");
        assert.equal(again.code, 0, again.stderr);
        assert.match(again.stderr, /Nothing to do: the database is at a1/);
    });
    test("downgrade -1 from a merge point unmerges; history -r -2: lists the range; deeper walks name the commands", async () => {
        const { db, p, run } = await project();
        p.rev("aaaa", null).rev("b1b1", "aaaa").rev("b2b2", "aaaa").rev("mmmm", ["b1b1", "b2b2"]).rev("hhhh", "mmmm");
        ok(await run("upgrade", "mmmm"));
        assert.deepEqual(lines(ok(await run("history", "-r", "-2:"))), ["mmmm -> hhhh (head), rev hhhh", "b1b1, b2b2 -> mmmm (mergepoint), rev mmmm", "aaaa -> b1b1, rev b1b1", "aaaa -> b2b2, rev b2b2"]);
        ok(await run("downgrade", "-1"));
        assert.deepEqual(await versionTable(db), ["b1b1", "b2b2"]);
        // from the head above the merge: -3 goes below it; the message gives the commands, which work
        ok(await run("upgrade", "heads"));
        const msg = fails(await run("downgrade", "-3"));
        assert.equal(msg, "Ambiguous walk: -3 goes below merge point mmmm (b1b1, b2b2); run 'athanor downgrade -2' to unmerge it, then 'athanor downgrade b1b1@-1' or 'athanor downgrade b2b2@-1'");
        ok(await run(...suggested(msg, 0)));
        assert.deepEqual(await versionTable(db), ["b1b1", "b2b2"]);
        ok(await run(...suggested(msg, 1)));
        assert.deepEqual(await versionTable(db), ["b2b2"]);
    });
    test("check on a database behind the heads: exit 3, says so, compares nothing; at the heads it compares", async () => {
        const { p, run } = await project({ models: "./models.ts" });
        p.write("models.ts", `import { defineTable, t } from "athanor";\nexport const note = defineTable("note", { columns: [{ name: "id", type: t.bigint(), primaryKey: true }, { name: "body", type: t.text() }] });\n`);
        p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE note (id bigint PRIMARY KEY)");`, down: `  await op.execute("DROP TABLE note");` });
        p.rev("b0000002", "a0000001", { up: `  await op.execute("ALTER TABLE note ADD COLUMN body text");`, down: `  await op.execute("ALTER TABLE note DROP COLUMN body");` });
        for (const at of [null, "a0000001"]) {
            if (at)
                ok(await run("upgrade", at));
            const r = await run("check");
            assert.equal(r.code, 3, r.stdout + r.stderr);
            assert.equal(r.stdout, "");
            assert.equal(r.stderr, `error: the database is not at the heads (it is at ${at ?? "base"}; not applied: b0000002), so the models were not compared; run 'athanor upgrade heads' first\n`);
        }
        const json = await run("check", "--json");
        assert.equal(json.code, 3);
        assert.deepEqual(JSON.parse(json.stdout), { changes: null, atHeads: false, current: ["a0000001"], notApplied: ["b0000002"], operations: [], warnings: [] });
        ok(await run("upgrade", "heads"));
        assert.equal(ok(await run("check")), "No changes detected\n");
    });
    test("heads --check: one head passes with the listing; several fail naming 'athanor merge heads'", async () => {
        const { p, run } = await project();
        p.rev("aaaa", null).rev("bbbb", "aaaa");
        assert.equal(ok(await run("heads", "--check")), "bbbb (head)\n");
        p.rev("cccc", "aaaa");
        const msg = fails(await run("heads", "--check"));
        assert.equal(msg, "2 heads (bbbb, cccc); merge them with 'athanor merge heads'");
        ok(await run(...suggested(msg), "-m", "merge"));
        assert.equal(lines(ok(await run("heads", "--check"))).length, 1);
    });
    test("targets that name nothing, and offline ranges that can't be written", async () => {
        const { p, run } = await project();
        p.rev("ae1027a6acf0", null).rev("bb22cc33dd44", "ae1027a6acf0", { branchLabels: ["shop"] });
        assert.equal(fails(await run("upgrade", "heda")), "No such revision or branch 'heda'; did you mean 'head'?");
        assert.match(fails(await run("upgrade", "shpo@head")), /did you mean 'shop'\?$/);
        assert.match(fails(await run("upgrade", "@")), /^'@' names no revision: give a revision id/);
        assert.equal(fails(await run("upgrade", "--sql", "current:head"), 2), "offline mode (--sql) can't know the current revision: it connects to no database; name the revision to start from, e.g. 'athanor upgrade --sql <revision>:head' ('athanor current' shows it on a database)");
        const down = fails(await run("upgrade", "--sql", "head:base"), 2);
        assert.equal(down, "upgrade --sql head:base goes down (base is below head): nothing would be written; for the downgrade script run 'athanor downgrade --sql head:base'");
        assert.match(ok(await run(...suggested(down))), /-- Running downgrade bb22cc33dd44 -> ae1027a6acf0/);
        assert.match(fails(await run("downgrade", "--sql", "base:head"), 2), /'athanor upgrade --sql base:head'$/);
    });
});

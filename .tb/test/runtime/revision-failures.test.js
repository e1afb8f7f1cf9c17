/**
 * Failures inside a revision's own code that must never look like success:
 * operations it forgot to await, a missing upgrade/downgrade export,
 * process.exit() in upgrade(), a revision that never finishes, what
 * op.autocommit had already committed when a revision fails, and thrown
 * values that are not Errors. Through the built binary, on PostgreSQL and
 * PGlite; committed state read over a second connection.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { TempProject } from "../support/cli.js";
import { requirePostgres } from "../support/databases.js";
import { projectsOnNewDatabases } from "../support/project.js";
const opts = await requirePostgres();
const setup = projectsOnNewDatabases();
const PASSWORD = "s3cretPw9";
/** The URL of the test database with a password in it (the server trusts every local user: any password works). */
const withPassword = (url) => url.replace("postgresql://postgres@", `postgresql://postgres:${PASSWORD}@`);
const heads = async (db) => (await db.query("SELECT version_num AS v FROM athanor_version ORDER BY 1")).map((r) => r.v);
const logged = async (db) => (await db.query("SELECT revision AS r FROM athanor_version_log ORDER BY id")).map((r) => r.r);
/** The one `error:` line, after checking the failure looks like one: exit 1, no stack, no bundle source, no password. */
function failure(r, ...mustNotShow) {
    assert.equal(r.code, 1, `expected exit 1, got ${r.code}\nstderr: ${r.stderr}`);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
    assert.equal(errors.length, 1, `expected one error line:\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace without --debug");
    assert.ok(r.stderr.length < 2000, `stderr is ${r.stderr.length} characters:\n${r.stderr.slice(0, 3000)}`);
    assert.doesNotMatch(r.stderr, /athanor\.cjs|Node\.js v\d/, "no bundle source or crash banner");
    assert.doesNotMatch(r.stderr, /Done/);
    for (const s of mustNotShow)
        assert.ok(!r.stderr.includes(s) && !r.stdout.includes(s), `output shows '${s}':\n${r.stderr}`);
    return errors[0].slice("error: ".length);
}
/** Waits for a child run, killing it (exit -1) if it is still running after `ms`: a hang must fail the test, not stall it. */
async function within(child, ms) {
    const timer = setTimeout(() => {
        if (child.pid)
            process.kill(child.pid, "SIGKILL");
    }, ms);
    try {
        return await child;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Runs with the database URL carrying a password. */
const run = (p, ...args) => p.run(args, { env: { DATABASE_URL: withPassword(p.url) } });
const UNAWAITED = `  op.bulkInsert("t", [{ id: 1 }]);\n  op.execute("SELECT '${PASSWORD}'::int");`;
describe("operations a revision did not await (PostgreSQL)", opts, () => {
    for (const mode of ["per-migration", "per-run"]) {
        test(`${mode}: the revision fails naming the operation; nothing of it is recorded; the password never shows`, async () => {
            const { db, p } = await setup({ transactionMode: mode });
            p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' }).rev("b2", "a1", { up: UNAWAITED });
            const r = run(p, "upgrade", "head");
            const line = failure(r, PASSWORD);
            assert.match(line, /upgrade a1 -> b2 \(migrations\/versions\/b2_rev_b2\.ts\) failed: /);
            assert.match(line, /op\.bulkInsert\("t", …\) was not awaited/);
            // per-migration: a1 committed on its own; per-run: all or nothing
            if (mode === "per-migration") {
                assert.deepEqual(await heads(db), ["a1"]);
                assert.deepEqual(await logged(db), ["a1"]);
                assert.deepEqual(await db.query("SELECT * FROM t"), []);
            }
            else {
                assert.deepEqual(await db.query("SELECT to_regclass('athanor_version') AS v"), [{ v: "athanor_version" }]);
                assert.deepEqual(await heads(db), []);
                assert.deepEqual(await db.query("SELECT to_regclass('t') AS t"), [{ t: null }]);
            }
        });
    }
    test("an operation that succeeded without being awaited fails the revision too, as does one still running", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  op.execute("CREATE TABLE t (id int)");' });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /op\.execute\("CREATE TABLE t \(id int\)"\) was not awaited/);
        assert.deepEqual(await heads(db), []);
        assert.deepEqual(await db.query("SELECT to_regclass('t') AS t"), [{ t: null }]);
        // awaited through .then() but the chain itself left running
        p.rev("a1", null, { up: '  op.execute("SELECT pg_sleep(0.2)").then(() => {});' });
        const line2 = failure(run(p, "upgrade", "head"));
        assert.match(line2, /op\.execute\("SELECT pg_sleep\(0\.2\)"\) was still running when upgrade\(\) returned/);
    });
    test("awaited together (Promise.all) is fine, and a failure in one is the one reported", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, {
            up: '  await Promise.all([op.execute("CREATE TABLE t (id int)"), op.execute("CREATE TABLE u (id int)")]);',
        }).rev("b2", "a1", {
            up: '  await Promise.all([op.execute("SELECT 1/0"), op.execute("SELECT pg_sleep(0.1)")]);',
        });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade a1 -> b2 .* failed: division by zero; statement: SELECT 1\/0/);
        assert.deepEqual(await heads(db), ["a1"]);
    });
    test("an error whose text holds the password never prints it, with --debug neither", async () => {
        const { p } = await setup();
        p.rev("a1", null, { up: `  await op.execute("SELECT '${PASSWORD}'::int");` });
        failure(run(p, "upgrade", "head"), PASSWORD);
        const debug = run(p, "upgrade", "head", "--debug");
        assert.equal(debug.code, 1);
        assert.ok(!debug.stderr.includes(PASSWORD), debug.stderr);
    });
    test("an unhandled rejection in a revision's own code: one error line, exit 1, no crash dump, no password", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, {
            up: `  Promise.reject(new Error("lost promise holding ${PASSWORD}"));\n  await op.execute("SELECT pg_sleep(0.2)");`,
        });
        const line = failure(run(p, "upgrade", "head"), PASSWORD);
        assert.match(line, /lost promise holding \*\*\*/);
        assert.deepEqual(await heads(db).catch(() => []), []);
    });
});
describe("revision files without the function the run needs (PostgreSQL)", opts, () => {
    test("no `upgrade` export (a typo) is an error naming the file; nothing is recorded", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' });
        p.write("migrations/versions/a1_rev_a1.ts", p.read("migrations/versions/a1_rev_a1.ts").replace("function upgrade(", "function upgrdae("));
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /migrations\/versions\/a1_rev_a1\.ts/);
        assert.match(line, /no `upgrade` function.*upgrdae/);
        assert.deepEqual(await heads(db), []);
        assert.deepEqual(await logged(db), []);
    });
    test("per-run: the file's error still says what an earlier op.autocommit committed", async () => {
        const { db, p } = await setup({ transactionMode: "per-run" });
        p.rev("a1", null, { up: '  await op.autocommit(async () => {\n    await op.execute("CREATE TABLE u (id int)");\n  });' }).rev("b2", "a1");
        p.write("migrations/versions/b2_rev_b2.ts", p.read("migrations/versions/b2_rev_b2.ts").replace("function upgrade(", "function upgrdae("));
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /b2_rev_b2\.ts: revision b2 has no `upgrade` function.*; a1 is not recorded as applied, but what it committed stays \(op\.autocommit\): CREATE TABLE u \(id int\)$/);
        assert.deepEqual(await db.query("SELECT to_regclass('u')::text AS u"), [{ u: "u" }]);
    });
    test("no `downgrade` export is an error naming the file when downgrading", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' });
        assert.equal(run(p, "upgrade", "head").code, 0);
        p.write("migrations/versions/a1_rev_a1.ts", p.read("migrations/versions/a1_rev_a1.ts").replace(/export async function downgrade[\s\S]*$/, "\n"));
        const line = failure(run(p, "downgrade", "base"));
        assert.match(line, /migrations\/versions\/a1_rev_a1\.ts/);
        assert.match(line, /no `downgrade` function/);
        assert.deepEqual(await heads(db), ["a1"]);
    });
    test("a `downgrade` that is not a function is an error naming the file", async () => {
        const { p } = await setup();
        p.rev("a1", null);
        p.write("migrations/versions/a1_rev_a1.ts", p.read("migrations/versions/a1_rev_a1.ts").replace(/export async function downgrade[\s\S]*$/, "export const downgrade = 42;\n"));
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /migrations\/versions\/a1_rev_a1\.ts.*'downgrade' must be an async function/);
    });
});
describe("revisions that end the process or never finish (PostgreSQL)", opts, () => {
    test("process.exit(0) in upgrade() fails the revision with exit 1; nothing of it is committed", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' }).rev("b2", "a1", {
            up: '  await op.execute("CREATE TABLE u (id int)");\n  process.exit(0);',
        });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade a1 -> b2 .* failed: upgrade\(\) called process\.exit\(0\)/);
        assert.deepEqual(await heads(db), ["a1"]);
        assert.deepEqual(await db.query("SELECT to_regclass('u') AS u"), [{ u: null }]);
    });
    test("process.exit caught by the revision still fails it", async () => {
        const { db, p } = await setup({ transactionMode: "per-run" });
        p.rev("a1", null, { up: "  try { process.exit(3); } catch {}" });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade\(\) called process\.exit\(3\)/);
        assert.deepEqual(await heads(db).catch(() => []), []);
    });
    test("a revision awaiting a promise that never settles fails after idleInTransactionTimeout, naming it", async () => {
        const { db, p } = await setup({ idleInTransactionTimeout: 1000 });
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' }).rev("b2", "a1", {
            up: '  await op.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");\n  await new Promise(() => setInterval(() => {}, 1000));',
        });
        const r = await within(p.runAsync(["upgrade", "head"], { env: { DATABASE_URL: p.url } }), 30_000);
        const line = failure(r);
        assert.match(line, /upgrade a1 -> b2 .* failed: upgrade\(\) has run nothing on the database for 1 s \(idleInTransactionTimeout\)/);
        assert.deepEqual(await heads(db), ["a1"]);
    });
    test("the server ends a session left idle in its transaction: its locks go while the client is stuck", async () => {
        const { db, p } = await setup({ idleInTransactionTimeout: 500 });
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' }).rev("b2", "a1", {
            // a busy loop: the client can't do anything, only the server can end this
            up: '  await op.execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");\n  const end = Date.now() + 4000;\n  while (Date.now() < end) {}\n  await op.execute("SELECT 1");',
        });
        const child = p.runAsync(["upgrade", "head"], { env: { DATABASE_URL: p.url } });
        let lockedSeen = false;
        let released = false;
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline && !released) {
            const n = Number((await db.query("SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 't'"))[0]?.n);
            if (n > 0)
                lockedSeen = true;
            else if (lockedSeen)
                released = true;
            await new Promise((r) => setTimeout(r, 100));
        }
        assert.ok(lockedSeen && released, "the lock was held, then released while the revision was still busy");
        const r = await within(child, 30_000);
        const line = failure(r);
        assert.match(line, /upgrade a1 -> b2 .* failed: .*idle-in-transaction timeout/i);
        assert.deepEqual(await heads(db), ["a1"]);
    });
    test("the migration session has idle_in_transaction_session_timeout set (default 5 min)", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, {
            up: '  const [row] = await op.query<{ v: string }>("SELECT current_setting(\'idle_in_transaction_session_timeout\') AS v");\n  await op.execute("CREATE TABLE seen (v text)");\n  await op.execute("INSERT INTO seen VALUES ($1)", [row?.v ?? null]);',
        });
        assert.equal(run(p, "upgrade", "head").code, 0);
        assert.deepEqual(await db.query("SELECT v FROM seen"), [{ v: "5min" }]);
    });
});
describe("what was already committed when a revision fails (PostgreSQL)", opts, () => {
    test("per-run: a failure after an earlier revision's op.autocommit says what that committed", async () => {
        const { db, p } = await setup({ transactionMode: "per-run" });
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");' })
            .rev("b2", "a1", { up: '  await op.autocommit(async () => {\n    await op.execute("CREATE TABLE u (id int)");\n  });' })
            .rev("c3", "b2", { up: '  await op.execute("SELECT 1/0");' });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade b2 -> c3 .* failed: division by zero; statement: SELECT 1\/0/);
        assert.match(line, /1 earlier revision\(s\) committed, database at a1/);
        assert.match(line, /b2 .*committed.*CREATE TABLE u \(id int\)/);
        assert.deepEqual(await heads(db), ["a1"]);
        assert.deepEqual(await db.query("SELECT to_regclass('u')::text AS u"), [{ u: "u" }]);
    });
    test("an enum value added in op.autocommit, then a failing statement: the failure says what was committed", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  await op.createEnum("mood", ["sad"]);' }).rev("b2", "a1", {
            up: '  await op.execute("CREATE TABLE y (id int)");\n  await op.autocommit(async () => {\n    await op.addEnumValue("mood", "happy");\n  });\n  await op.execute("SELECT 1/0");',
        });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade a1 -> b2 .* failed: division by zero/);
        assert.match(line, /committed.*CREATE TABLE y \(id int\).*ALTER TYPE "mood" ADD VALUE 'happy'/);
        assert.deepEqual(await heads(db), ["a1"]);
    });
    test("a failed statement the revision caught: its transaction is aborted, so the revision fails (no silent ROLLBACK)", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, { up: '  await op.execute("CREATE TABLE t (id int)");\n  try {\n    await op.execute("SELECT 1/0");\n  } catch {}' });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /upgrade <base> -> a1 .* failed: the statement SELECT 1\/0 failed \(division by zero\) and upgrade\(\) went on/);
        assert.deepEqual(await heads(db), []);
    });
    test("… and op.autocommit after it does not turn into a COMMIT that PostgreSQL quietly makes a ROLLBACK", async () => {
        const { db, p } = await setup();
        p.rev("a1", null, {
            up: '  await op.execute("CREATE TABLE t (id int)");\n  try {\n    await op.execute("SELECT 1/0");\n  } catch {}\n  await op.autocommit(async () => {});\n  await op.execute("CREATE TABLE u (id int)");',
        });
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /the statement SELECT 1\/0 failed \(division by zero\)/);
        assert.deepEqual(await heads(db), []);
        assert.deepEqual(await db.query("SELECT to_regclass('t')::text AS t, to_regclass('u')::text AS u"), [{ t: null, u: null }]);
    });
    for (const [what, thrown, shown] of [
        ["an object without a prototype", 'Object.assign(Object.create(null), { message: "boom" })', /threw a non-Error value: .*message: 'boom'/],
        ["a string", '"plain text"', /threw a non-Error value: 'plain text'/],
        ["undefined", "undefined", /threw a non-Error value: undefined/],
    ]) {
        test(`upgrade() throwing ${what} fails naming the revision and the value`, async () => {
            const { p } = await setup();
            p.rev("a1", null, { up: `  throw ${thrown};` });
            const line = failure(run(p, "upgrade", "head"));
            assert.match(line, /upgrade <base> -> a1 \(migrations\/versions\/a1_rev_a1\.ts\) failed: upgrade\(\)/);
            assert.match(line, shown);
        });
    }
});
describe("a revision module whose top-level code throws a non-Error (PostgreSQL)", opts, () => {
    test("the import failure names the file and shows the value", async () => {
        const { db, p } = await setup();
        p.rev("a1", null);
        p.write("migrations/versions/a1_rev_a1.ts", `${p.read("migrations/versions/a1_rev_a1.ts")}\nthrow Object.create(null);\n`);
        const line = failure(run(p, "upgrade", "head"));
        assert.match(line, /a1_rev_a1\.ts: could not import revision a1: its top-level code threw a non-Error value: \[Object: null prototype\] \{\}/);
        assert.deepEqual(await heads(db), []);
    });
});
describe("the same on PGlite", () => {
    const projects = [];
    after(() => {
        for (const p of projects)
            p.cleanup();
    });
    const pglite = (config = {}) => {
        const p = new TempProject("athanor-rt-pglite-");
        projects.push(p);
        p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify({ url: "pglite:./db", ...config })});\n`);
        return p;
    };
    const revision = (p, id, down, up) => p.write(`migrations/versions/${id}_r.ts`, `/**\n * r\n *\n * Revision ID: ${id}\n * Revises: ${down ?? ""}\n * Create Date: 2026-01-01 00:00:00.000000+00:00\n */\nexport const revision = ${JSON.stringify(id)};\nexport const downRevision = ${JSON.stringify(down)};\nexport const branchLabels = [];\nexport const dependsOn = [];\nexport async function upgrade(op) {\n${up}\n}\nexport async function downgrade(op) {}\n`);
    for (const mode of ["per-migration", "per-run"]) {
        test(`${mode}: an operation not awaited fails the revision; it is not recorded`, () => {
            const p = pglite({ transactionMode: mode });
            revision(p, "a1", null, '  await op.execute("CREATE TABLE t (id int)");');
            revision(p, "b2", "a1", UNAWAITED);
            const line = failure(p.run(["upgrade", "head"]), PASSWORD);
            assert.match(line, /upgrade a1 -> b2 .* failed: op\.bulkInsert\("t", …\) was not awaited/);
            assert.equal(p.run(["current"]).stdout.trim(), mode === "per-migration" ? "a1" : "");
        });
    }
    test("a revision that never finishes fails with a message naming it (not exit 13 and silence)", async () => {
        const p = pglite();
        revision(p, "a1", null, '  await op.execute("CREATE TABLE t (id int)");\n  await new Promise(() => {});');
        // the CLI used to end with exit 13 (Node's "unsettled top-level await") and no message
        const r = await within(p.runAsync(["upgrade", "head"]), 120_000);
        const line = failure(r);
        assert.match(line, /upgrade <base> -> a1 .* failed: upgrade\(\) can never finish/);
        assert.equal(p.run(["current"]).stdout.trim(), "");
    });
    test("process.exit(0) in upgrade() fails the revision", () => {
        const p = pglite();
        revision(p, "a1", null, '  await op.execute("CREATE TABLE t (id int)");\n  process.exit(0);');
        const line = failure(p.run(["upgrade", "head"]));
        assert.match(line, /upgrade\(\) called process\.exit\(0\)/);
        assert.equal(p.run(["current"]).stdout.trim(), "");
    });
});
describe("offline (--sql): the same checks of the revision's code", () => {
    const projects = [];
    after(() => {
        for (const p of projects)
            p.cleanup();
    });
    const offline = (up, rename) => {
        const p = new TempProject("athanor-rt-offline-");
        projects.push(p);
        p.write("athanor.config.ts", 'import { defineConfig } from "athanor";\nexport default defineConfig({});\n');
        let file = `/**\n * r\n *\n * Revision ID: a1\n * Revises:\n * Create Date: 2026-01-01 00:00:00.000000+00:00\n */\nexport const revision = "a1";\nexport const downRevision = null;\nexport const branchLabels = [];\nexport const dependsOn = [];\nexport async function upgrade(op) {\n${up}\n}\nexport async function downgrade(op) {}\n`;
        if (rename)
            file = file.replace(rename[0], rename[1]);
        p.write("migrations/versions/a1_r.ts", file);
        return p;
    };
    test("an operation not awaited is an error naming the revision and the operation", () => {
        const p = offline('  op.execute("CREATE TABLE t (id int)");');
        const r = p.run(["upgrade", "--sql", "head"]);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /^error: upgrade <base> -> a1 \(migrations\/versions\/a1_r\.ts\): op\.execute\("CREATE TABLE t \(id int\)"\) was not awaited/m);
    });
    test("no upgrade export is an error naming the file", () => {
        const p = offline("", ["function upgrade(", "function upgrdae("]);
        const r = p.run(["upgrade", "--sql", "head"]);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /^error: migrations\/versions\/a1_r\.ts: revision a1 has no `upgrade` function to run/m);
    });
});

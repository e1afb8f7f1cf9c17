/**
 * Offline SQL applied with psql gives the same schema as running online;
 * identifiers with quotes, spaces, upper case and reserved words; the password
 * never appears in any output, including connection errors.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";
const opts = await requirePostgres();
const cleanups = [];
after(async () => {
    for (const c of cleanups)
        await c();
});
async function db() {
    const d = await createTestDatabase();
    cleanups.push(() => d.drop());
    return d;
}
const SCHEMA_SQL = `
SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid) AS def
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'i', 'S') AND c.relname NOT LIKE 'athanor_version_log%'
ORDER BY 1, 3`;
describe("offline SQL and identifier safety", opts, () => {
    test("--sql output applied with psql gives the same schema and version rows as online", async () => {
        const online = await db();
        const offline = await db();
        const p = new MigrationProject(online.url);
        cleanups.push(() => p.cleanup());
        p.rev("a0000001", null, {
            up: `  await op.createEnum("Status Type", ["draft", "it's live"]);
  await op.createTable("User Accounts", {
    columns: [
      { name: "id", type: t.bigint(), primaryKey: true, identity: "always" },
      { name: "select", type: t.varchar(50), nullable: false, default: "O'Brien \\\\ co" },
      { name: "Status", type: t.enum("Status Type"), nullable: false, default: "draft" },
      { name: "created at", type: t.timestamptz(), default: sql("now()") },
    ],
  });`,
            down: `  await op.dropTable("User Accounts");\n  await op.dropEnum("Status Type");`,
        })
            .rev("b0000002", "a0000001", {
            up: `  await op.createIndex("ix \\"quoted\\" name", "User Accounts", ["select"], { unique: true, where: sql("\\"Status\\" = 'draft'") });
  await op.bulkInsert("User Accounts", [{ select: "it's a value; DROP TABLE x; --" }, { select: "back\\\\slash" }]);`,
            down: `  await op.dropIndex("ix \\"quoted\\" name");`,
        })
            .rev("c0000003", "b0000002", {
            transactional: false,
            up: `  await op.createIndex("ix_conc", "User Accounts", ["created at"], { concurrently: true });`,
        });
        for (const f of p.ls("migrations/versions").filter((x) => x.endsWith(".ts"))) {
            const path = `migrations/versions/${f}`;
            p.write(path, p.read(path).replace('import type { MigrationOps } from "athanor";', 'import { type MigrationOps, t, sql } from "athanor";'));
        }
        const on = p.athanor("upgrade", "head");
        assert.equal(on.code, 0, on.stderr);
        const sqlRun = p.run(["upgrade", "--sql", "head"], { env: { DATABASE_URL: offline.url.replace("postgres@", "postgres:topsecret@") } });
        assert.equal(sqlRun.code, 0, sqlRun.stderr);
        assert.doesNotMatch(sqlRun.stdout + sqlRun.stderr, /topsecret/);
        assert.match(sqlRun.stdout, /^BEGIN;/m);
        assert.match(sqlRun.stdout, /CREATE INDEX CONCURRENTLY/);
        const psql = spawnSync("psql", ["-v", "ON_ERROR_STOP=1", "-q", "-X", offline.url], { input: sqlRun.stdout, encoding: "utf8" });
        assert.equal(psql.status, 0, psql.stderr);
        assert.deepEqual(await offline.query(SCHEMA_SQL), await online.query(SCHEMA_SQL));
        assert.deepEqual(await offline.query(`SELECT "select" FROM "User Accounts" ORDER BY 1`), await online.query(`SELECT "select" FROM "User Accounts" ORDER BY 1`));
        assert.deepEqual(await offline.query("SELECT version_num FROM athanor_version"), [{ version_num: "c0000003" }]);
        // the script writes the log too: same revisions, directions and checksums as the online run
        const LOG_SQL = "SELECT revision, direction, checksum FROM athanor_version_log ORDER BY id";
        assert.deepEqual(await offline.query(LOG_SQL), await online.query(LOG_SQL));
        assert.equal((await offline.query(LOG_SQL)).length, 3);
        const down = p.run(["downgrade", "--sql", "head:base"], { env: { DATABASE_URL: offline.url } });
        assert.equal(down.code, 0, down.stderr);
        const psql2 = spawnSync("psql", ["-v", "ON_ERROR_STOP=1", "-q", "-X", offline.url], { input: down.stdout, encoding: "utf8" });
        assert.equal(psql2.status, 0, psql2.stderr);
        assert.deepEqual(await offline.query("SELECT version_num FROM athanor_version"), []);
        assert.deepEqual(await offline.query(`SELECT to_regclass('"User Accounts"') AS t`), [{ t: null }]);
    });
    test("offline mode refuses op.query with a clear message; downgrade --sql needs from:to", async () => {
        const d = await db();
        const p = new MigrationProject(d.url);
        cleanups.push(() => p.cleanup());
        p.rev("a0000001", null, { up: `  const rows = await op.query("SELECT 1 AS x");\n  void rows;` });
        const r = p.athanor("upgrade", "--sql", "head");
        assert.equal(r.code, 1);
        assert.match(r.stderr, /op\.query\(\).*--sql/);
        const d2 = p.athanor("downgrade", "--sql", "base");
        assert.equal(d2.code, 2);
        assert.match(d2.stderr, /<fromrev>:<torev>/);
        assert.equal(p.athanor("upgrade", "a0000001:head").code, 2, "ranges need --sql");
    });
    test("the password never appears: wrong password, unknown host, failing revision", async () => {
        const d = await db();
        await d.query("CREATE ROLE athanor_pw_test LOGIN PASSWORD 'correct-horse'").catch(() => { });
        cleanups.push(async () => {
            await d.query("DROP ROLE IF EXISTS athanor_pw_test").catch(() => { });
        });
        const p = new MigrationProject(d.url);
        cleanups.push(() => p.cleanup());
        p.rev("a0000001", null, { up: `  await op.execute("SELECT * FROM missing_table");` });
        const bad = d.url.replace("postgres@", "athanor_pw_test:wr0ng-Secret-pw@").replace("127.0.0.1", "localhost");
        const cases = [
            p.run(["upgrade", "head"], { env: { DATABASE_URL: bad } }),
            p.run(["current"], { env: { DATABASE_URL: bad } }),
            p.run(["upgrade", "head", "--debug"], { env: { DATABASE_URL: bad } }),
            p.run(["config"], { env: { DATABASE_URL: bad } }),
            p.run(["upgrade", "head"], { env: { DATABASE_URL: "postgresql://u:wr0ng-Secret-pw@no-such-host.invalid:5432/x" } }),
            p.run(["upgrade", "head"], { env: { DATABASE_URL: d.url.replace("postgres@", "postgres:wr0ng-Secret-pw@") } }),
        ];
        for (const r of cases) {
            assert.doesNotMatch(r.stdout + r.stderr, /wr0ng-Secret-pw/, r.stdout + r.stderr);
        }
        assert.equal(cases[0]?.code, 1);
        assert.equal(cases[4]?.code, 1);
        assert.match(cases[3]?.stdout ?? "", /athanor_pw_test:\*\*\*@/);
    });
});

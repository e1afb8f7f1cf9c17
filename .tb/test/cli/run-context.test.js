/**
 * The run context (Alembic's `-x key=value` and `--tag`): revisions read it as
 * `op.context`, a config that is a function receives it (one set of revisions,
 * one schema per tenant), and `migrate({ context, tag })` gives it in code.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { migrate } from "../../src/index.js";
import { revisionFile } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { fails, ok, withProject } from "./helpers.js";
/** Records what `op.context` held into a table `ctx`. */
const RECORD_CONTEXT = revisionFile({
    rev: "c0000001",
    down: null,
    message: "record context",
    upgrade: `  await op.execute("CREATE TABLE ctx (tenant text, dry boolean, tag text, keys text)");
  await op.execute("INSERT INTO ctx VALUES ($1, $2, $3, $4)", [
    op.context.get("tenant") ?? null,
    op.context.flag("dry"),
    op.context.tag ?? null,
    op.context.keys().join(","),
  ]);`,
    downgrade: `  await op.execute("DROP TABLE ctx");`,
});
/** One schema per tenant, chosen with `-x tenant=…`. */
const TENANT_CONFIG = `import { defineConfig } from "athanor";

export default defineConfig((ctx) => {
  const tenant = ctx.require("tenant");
  return { searchPath: tenant, includeSchemas: [tenant], versionTableSchema: tenant };
});
`;
const TENANT_ITEMS = revisionFile({
    rev: "t0000001",
    down: null,
    message: "items",
    upgrade: `  await op.execute("CREATE TABLE items (id int PRIMARY KEY, tenant text DEFAULT " + "'" + op.context.require("tenant") + "'" + ")");`,
    downgrade: `  await op.execute("DROP TABLE items");`,
});
describe("the run context", { concurrency: true }, async () => {
    const opts = await requirePostgres();
    test("every command's help mentions -x", () => withProject(async (p) => {
        for (const cmd of ["upgrade", "current", "stamp", "check"])
            assert.match(ok(p.run([cmd, "--help"])), /-x, --context <key=value>/);
    }));
    test("-x before and after the command, and --tag, reach op.context", opts, async () => {
        const db = await createTestDatabase();
        try {
            await withProject(async (p) => {
                p.write("migrations/versions/c0000001_record_context.ts", RECORD_CONTEXT);
                ok(p.run(["-x", "tenant=acme", "upgrade", "head", "-x", "dry", "--tag", "release-7", "--url", db.url]));
            });
            assert.deepEqual(await db.query("SELECT * FROM ctx"), [{ tenant: "acme", dry: true, tag: "release-7", keys: "tenant,dry" }]);
        }
        finally {
            await db.drop();
        }
    });
    test("without -x: an empty context (get gives undefined, flag false)", opts, async () => {
        const db = await createTestDatabase();
        try {
            await withProject(async (p) => {
                p.write("migrations/versions/c0000001_record_context.ts", RECORD_CONTEXT);
                ok(p.run(["upgrade", "head", "--url", db.url]));
            });
            assert.deepEqual(await db.query("SELECT * FROM ctx"), [{ tenant: null, dry: false, tag: null, keys: "" }]);
        }
        finally {
            await db.drop();
        }
    });
    test("a config function: one schema per tenant; current and config follow -x; a missing -x is one line", opts, async () => {
        const db = await createTestDatabase();
        try {
            await withProject(async (p) => {
                p.write("athanor.config.ts", TENANT_CONFIG);
                p.write("migrations/versions/t0000001_items.ts", TENANT_ITEMS);
                ok(p.run(["upgrade", "head", "-x", "tenant=acme", "--url", db.url]));
                ok(p.run(["upgrade", "head", "-x", "tenant=beta", "--url", db.url]));
                assert.match(ok(p.run(["current", "-x", "tenant=acme", "--url", db.url])), /^t0000001 \(head\)$/m);
                assert.equal(ok(p.run(["current", "-x", "tenant=gamma", "--url", db.url])).trim(), "");
                const shown = ok(p.run(["config", "-x", "tenant=acme"]));
                assert.match(shown, /^run context: tenant=acme$/m);
                assert.match(shown, /^versionTableSchema +acme /m);
                const msg = fails(p.run(["upgrade", "head", "--url", db.url]));
                assert.match(msg, /this run needs -x tenant=<value>/);
                assert.match(fails(p.run(["upgrade", "head", "-x", "=acme", "--url", db.url]), 2), /-x takes key=value; got '=acme'/);
                // offline, the revision sees the same context
                const sql = ok(p.run(["upgrade", "head", "--sql", "-x", "tenant=delta"]));
                assert.match(sql, /DEFAULT 'delta'/);
            });
            for (const tenant of ["acme", "beta"]) {
                const rows = await db.query(`SELECT (SELECT version_num FROM ${tenant}.athanor_version) AS v, (SELECT column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'items' AND column_name = 'tenant') AS d`, [tenant]);
                assert.deepEqual(rows, [{ v: "t0000001", d: `'${tenant}'::text` }]);
            }
            assert.deepEqual(await db.query("SELECT to_regclass('public.items') AS t, to_regclass('public.athanor_version') AS v"), [{ t: null, v: null }]);
        }
        finally {
            await db.drop();
        }
    });
    test("migrate({ config: fn, context, tag }) in code", opts, async () => {
        const db = await createTestDatabase();
        try {
            await withProject(async (p) => {
                p.write("migrations/versions/c0000001_record_context.ts", RECORD_CONTEXT);
                let seen;
                const r = await migrate({
                    cwd: p.dir,
                    url: db.url,
                    logger: false,
                    context: { tenant: "acme", dry: "no" },
                    tag: "api",
                    config: (ctx) => {
                        seen = ctx.toJSON();
                        return { scriptLocation: "migrations" };
                    },
                });
                assert.deepEqual(r.headsAfter, ["c0000001"]);
                assert.deepEqual(seen, { values: { tenant: "acme", dry: "no" }, tag: "api" });
            });
            assert.deepEqual(await db.query("SELECT * FROM ctx"), [{ tenant: "acme", dry: false, tag: "api", keys: "tenant,dry" }]);
        }
        finally {
            await db.drop();
        }
    });
});

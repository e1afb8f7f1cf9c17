/**
 * The fresh-database fast path (`freshDatabase: "models"`): an empty database
 * is built from the models and stamped at the heads, and the result is the
 * same schema as running every revision.
 */
import assert from "node:assert/strict";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { migrate } from "../../src/index.js";
import { REPO_ROOT, TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
const opts = await requirePostgres();
const cleanups = [];
after(async () => {
    for (const c of cleanups.reverse())
        await c();
});
const SCHEMA = `
SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, a.attidentity,
       pg_get_expr(d.adbin, d.adrelid) AS def
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'i', 'S') AND c.relname NOT LIKE 'athanor_version%'
ORDER BY 1, 3`;
const CONSTRAINTS = `
SELECT conrelid::regclass::text AS t, contype, pg_get_constraintdef(oid) AS def
FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE 'athanor_version%' ORDER BY 1, 2, 3`;
const INDEXES = "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE 'athanor_version%' ORDER BY 1";
describe("fresh-database fast path", opts, () => {
    test("models + stamp gives the same schema and version rows as running every revision", async () => {
        const p = new TempProject("athanor-fresh-");
        cleanups.push(() => p.cleanup());
        const example = join(REPO_ROOT, "examples/health-service");
        cpSync(join(example, "migrations"), join(p.dir, "migrations"), { recursive: true });
        cpSync(join(example, "models.ts"), join(p.dir, "models.ts"));
        const viaRevisions = await createTestDatabase();
        const viaModels = await createTestDatabase();
        cleanups.push(() => viaRevisions.drop(), () => viaModels.drop());
        const base = { scriptLocation: "migrations", models: "./models.ts" };
        const logs = [];
        const slow = await migrate({ cwd: p.dir, url: viaRevisions.url, config: base, logger: false });
        const fast = await migrate({
            cwd: p.dir,
            url: viaModels.url,
            config: { ...base, freshDatabase: "models" },
            logger: { info: (l) => logs.push(l), warn: (l) => logs.push(l) },
        });
        assert.ok(slow.steps.length >= 2);
        assert.match(logs.join("\n"), /Empty database: creating the schema from the models/);
        assert.deepEqual(fast.headsAfter, slow.headsAfter);
        assert.deepEqual(await viaModels.query(SCHEMA), await viaRevisions.query(SCHEMA));
        assert.deepEqual(await viaModels.query(CONSTRAINTS), await viaRevisions.query(CONSTRAINTS));
        assert.deepEqual(await viaModels.query(INDEXES), await viaRevisions.query(INDEXES));
        // Next upgrade on the fast-built database: nothing to do.
        const again = await migrate({ cwd: p.dir, url: viaModels.url, config: { ...base, freshDatabase: "models" }, logger: false });
        assert.equal(again.steps.length, 0);
    });
});

// versionTable / versionTableSchema are checked when the config is loaded, before any connection.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { loadConfig } from "../../src/config/load-config.js";
import { MAX_IDENTIFIER_BYTES } from "../../src/dialects/postgres/quote.js";
import { MAX_VERSION_TABLE_NAME_BYTES, postgresVersionTableSql } from "../../src/dialects/postgres/version-table-sql.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
const dirs = [];
after(() => {
    for (const d of dirs)
        rmSync(d, { recursive: true, force: true });
});
function load(settings) {
    const d = mkdtempSync(join(tmpdir(), "athanor-vtname-"));
    dirs.push(d);
    writeFileSync(join(d, "athanor.config.json"), JSON.stringify({ scriptLocation: "db", ...settings }));
    return loadConfig({ cwd: d, env: {}, dotenv: false });
}
describe("version table names", () => {
    test("the limit leaves room for <versionTable>_log_pkey within PostgreSQL's 63 bytes", () => {
        assert.equal(MAX_IDENTIFIER_BYTES, 63);
        assert.equal(MAX_VERSION_TABLE_NAME_BYTES, 63 - "_log_pkey".length);
    });
    test("a 64-byte versionTable is refused when the config is loaded, naming the setting and the limit", async () => {
        await assert.rejects(load({ versionTable: "v".repeat(64) }), /athanor\.config\.json: setting 'versionTable' is 64 bytes long \("v{64}"\); it may be at most 54 bytes: PostgreSQL names are at most 63 bytes and Athanor also names "<versionTable>_log_pkey" after it/);
    });
    test("bytes, not characters, count", async () => {
        await assert.rejects(load({ versionTable: "é".repeat(28) }), /'versionTable' is 56 bytes long/);
        assert.equal((await load({ versionTable: "é".repeat(27) })).versionTable, "é".repeat(27));
    });
    test("empty names and NUL characters are refused", async () => {
        await assert.rejects(load({ versionTable: "" }), /setting 'versionTable' must not be empty/);
        await assert.rejects(load({ versionTableSchema: "" }), /setting 'versionTableSchema' must not be empty \(use null/);
        await assert.rejects(load({ versionTable: "a\u0000b" }), /setting 'versionTable' must not contain a NUL character/);
    });
    test("a 64-byte versionTableSchema is refused; 63 bytes and null are fine", async () => {
        await assert.rejects(load({ versionTableSchema: "s".repeat(64) }), /setting 'versionTableSchema' is 64 bytes long .*at most 63 bytes/);
        assert.equal((await load({ versionTableSchema: "s".repeat(63) })).versionTableSchema, "s".repeat(63));
        assert.equal((await load({ versionTableSchema: null })).versionTableSchema, null);
    });
    test("the longest accepted names create the version and log tables on a real server", async (t) => {
        const opts = await requirePostgres();
        if (opts.skip)
            return t.skip(opts.skip);
        const config = await load({ versionTable: "t".repeat(MAX_VERSION_TABLE_NAME_BYTES), versionTableSchema: "s".repeat(63) });
        const ref = { table: config.versionTable, schema: config.versionTableSchema };
        const db = await createTestDatabase("athanor_vtname");
        const c = await db.connect();
        try {
            for (const s of [...postgresVersionTableSql.createVersionTable(ref), ...postgresVersionTableSql.createLogTable(ref)]) {
                await c.query(s.sql, s.params ? [...s.params] : undefined);
            }
            const rows = await c.query("SELECT relname FROM pg_class WHERE relnamespace = $1::regnamespace ORDER BY relname", [`"${"s".repeat(63)}"`]);
            assert.ok(rows.rows.some((r) => r.relname === `${"t".repeat(54)}_log_pkey`));
        }
        finally {
            await c.end();
            await db.drop();
        }
    });
});

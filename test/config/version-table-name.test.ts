// versionTable / versionTableSchema: emptiness and NUL are checked when the config is loaded; their length
// once the dialect is known (it has the identifier limit), before anything is read or written.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { runtimeInput } from "../../src/api/runtime-input.js";
import { loadConfig } from "../../src/config/load-config.js";
import { postgresDialect } from "../../src/dialects/postgres/index.js";
import { MAX_IDENTIFIER_BYTES } from "../../src/dialects/postgres/quote.js";
import { MAX_VERSION_TABLE_NAME_BYTES, postgresVersionTableSql } from "../../src/dialects/postgres/version-table-sql.js";
import { TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function load(settings: Record<string, unknown>) {
  const d = mkdtempSync(join(tmpdir(), "athanor-vtname-"));
  dirs.push(d);
  writeFileSync(join(d, "athanor.config.json"), JSON.stringify({ scriptLocation: "db", ...settings }));
  return loadConfig({ cwd: d, env: {}, dotenv: false });
}

/** Loads the config and checks it against PostgreSQL, as a run does once it knows the dialect. */
async function check(settings: Record<string, unknown>) {
  const config = await load(settings);
  runtimeInput(config).checkFor?.(postgresDialect);
  return config;
}

describe("version table names", () => {
  test("the limit leaves room for <versionTable>_log_pkey within PostgreSQL's 63 bytes", () => {
    assert.equal(MAX_IDENTIFIER_BYTES, 63);
    assert.equal(MAX_VERSION_TABLE_NAME_BYTES, 63 - "_log_pkey".length);
  });

  test("a 64-byte versionTable is refused once the dialect is known, naming the file, the setting and the limit", async () => {
    await assert.rejects(
      check({ versionTable: "v".repeat(64) }),
      /athanor\.config\.json: setting 'versionTable' is 64 bytes long \("v{64}"\); it may be at most 54 bytes: postgresql names are at most 63 bytes and Athanor also names "<versionTable>_log_pkey" after it/,
    );
  });

  test("the CLI refuses it before writing anything (upgrade --sql), with one line naming the setting", () => {
    const p = new TempProject("athanor-vtname-cli-");
    try {
      p.write("athanor.config.json", JSON.stringify({ scriptLocation: "db", url: "postgresql://localhost/x", versionTable: "v".repeat(64) }));
      p.write("db/versions/.keep", "");
      const r = p.run(["upgrade", "head", "--sql"]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /setting 'versionTable' is 64 bytes long .*at most 54 bytes/);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    } finally {
      p.cleanup();
    }
  });

  test("bytes, not characters, count", async () => {
    await assert.rejects(check({ versionTable: "é".repeat(28) }), /'versionTable' is 56 bytes long/);
    assert.equal((await check({ versionTable: "é".repeat(27) })).versionTable, "é".repeat(27));
  });

  test("empty names and NUL characters are refused", async () => {
    await assert.rejects(load({ versionTable: "" }), /setting 'versionTable' must not be empty/);
    await assert.rejects(load({ versionTableSchema: "" }), /setting 'versionTableSchema' must not be empty \(use null/);
    await assert.rejects(load({ versionTable: "a\u0000b" }), /setting 'versionTable' must not contain a NUL character/);
  });

  test("a 64-byte versionTableSchema is refused; 63 bytes and null are fine", async () => {
    await assert.rejects(check({ versionTableSchema: "s".repeat(64) }), /setting 'versionTableSchema' is 64 bytes long .*at most 63 bytes/);
    assert.equal((await check({ versionTableSchema: "s".repeat(63) })).versionTableSchema, "s".repeat(63));
    assert.equal((await check({ versionTableSchema: null })).versionTableSchema, null);
  });

  test("the longest accepted names create the version and log tables on a real server", async (t) => {
    const opts = await requirePostgres();
    if (opts.skip) return t.skip(opts.skip);
    const config = await check({ versionTable: "t".repeat(MAX_VERSION_TABLE_NAME_BYTES), versionTableSchema: "s".repeat(63) });
    const ref = { table: config.versionTable, schema: config.versionTableSchema };
    const db = await createTestDatabase("athanor_vtname");
    const c = await db.connect();
    try {
      for (const s of [...postgresVersionTableSql.createVersionTable(ref), ...postgresVersionTableSql.createLogTable(ref)]) {
        await c.query(s.sql, s.params ? [...s.params] : undefined);
      }
      const rows = await c.query("SELECT relname FROM pg_class WHERE relnamespace = $1::regnamespace ORDER BY relname", [`"${"s".repeat(63)}"`]);
      assert.ok(rows.rows.some((r) => r.relname === `${"t".repeat(54)}_log_pkey`));
    } finally {
      await c.end();
      await db.drop();
    }
  });

  test("SQLite: a versionTableSchema is refused by every command, naming the setting (current used to report base, exit 0)", () => {
    const p = new TempProject("athanor-vtname-sqlite-");
    try {
      p.write("athanor.config.json", JSON.stringify({ scriptLocation: "db", url: "sqlite:./app.db", versionTableSchema: "aux" }));
      p.write("db/versions/.keep", "");
      for (const args of [["current"], ["upgrade", "head"], ["upgrade", "head", "--sql"], ["stamp", "base"]]) {
        const r = p.run(args);
        assert.equal(r.code, 1, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
        // (after `Connected to …` where the command connects first)
        const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
        assert.equal(errors.length, 1, r.stderr);
        assert.match(errors[0] ?? "", /^error: .*athanor\.config\.json: setting 'versionTableSchema' \("aux"\) can't be used: .*SQLite has no schemas/, args.join(" "));
        assert.doesNotMatch(r.stdout, /no current revision|Done/);
      }
      // "main" is the file itself: accepted
      p.write("athanor.config.json", JSON.stringify({ scriptLocation: "db", url: "sqlite:./app.db", versionTableSchema: "main" }));
      const ok = p.run(["current"]);
      assert.equal(ok.code, 0, ok.stderr);
    } finally {
      p.cleanup();
    }
  });
});

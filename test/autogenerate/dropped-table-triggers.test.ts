/**
 * Autogenerate dropping a table that has triggers: the drop takes them with
 * it, and the downgrade's createTable can't make them again (models have no
 * triggers). The comparison says so, by name, on each dialect; a table
 * without triggers, or one that stays, gets no such warning.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compare } from "../../src/autogenerate/compare/compare.js";
import { compare as compareAuto } from "../../src/autogenerate/index.js";
import { table } from "../../src/autogenerate/models/table.js";
import { betterSqlite3Driver, sqliteDialect } from "../../src/dialects/sqlite/index.js";
import { t } from "../../src/schema/types-builder.js";
import { compareMysql, requireMysql, withMysqlDb } from "../dialects/mysql/autogenerate-support.js";
import { requirePostgres } from "../support/databases.js";
import { withDb } from "./helpers.js";

const kept = table("kept", { columns: { id: { type: t.integer(), primaryKey: true } } });
const WARNING = /dropping table audit drops its trigger\(s\) audit_stamp, and the downgrade's createTable does not make them again: add them to the downgrade with op\.execute/;

function check(warnings: readonly string[]): void {
  assert.equal(warnings.filter((w) => WARNING.test(w)).length, 1, warnings.join("\n"));
  assert.ok(!warnings.some((w) => /dropping table kept/.test(w)), warnings.join("\n"));
}

describe("autogenerate: a dropped table's triggers are named", () => {
  test("PostgreSQL", async (t0) => {
    const skip = await requirePostgres();
    if (skip.skip) return t0.skip(skip.skip);
    await withDb(async ({ conn, sql }) => {
      await sql(`CREATE TABLE kept (id integer PRIMARY KEY);
        CREATE TABLE audit (id integer PRIMARY KEY, at timestamptz);
        CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
        CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION stamp();
        CREATE TRIGGER kept_stamp BEFORE INSERT ON kept FOR EACH ROW EXECUTE FUNCTION stamp();`);
      const r = await compareAuto([kept], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings);
    });
  });

  test("MariaDB", async (t0) => {
    const skip = await requireMysql();
    if (skip.skip) return t0.skip(skip.skip);
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE kept (id INT PRIMARY KEY)",
        "CREATE TABLE audit (id INT PRIMARY KEY, at DATETIME NULL)",
        "CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW SET NEW.at = NOW()",
      ]);
      const r = await compareMysql([kept], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings);
    });
  });

  test("SQLite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-triggers-"));
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "app.db")}` });
    try {
      await conn.exec(`CREATE TABLE kept (id INTEGER PRIMARY KEY);
        CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT);
        CREATE TRIGGER audit_stamp AFTER INSERT ON audit BEGIN UPDATE audit SET at = datetime('now') WHERE id = NEW.id; END;`);
      const r = await compare([kept], conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings);
    } finally {
      await conn.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

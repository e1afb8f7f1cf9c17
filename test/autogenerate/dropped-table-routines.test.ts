/**
 * Autogenerate dropping a table that routines or other tables' triggers name
 * in their SQL: the server keeps no dependency for a PL/pgSQL body, a MySQL
 * procedure or trigger, or a SQLite trigger, so the DROP succeeds and they
 * fail when they next run (Sakila's `rewards_report` reads `payment`; a
 * trigger on `orders` writing `audit_log` is the usual case). The comparison
 * names them, on each dialect; a routine naming only tables that stay, or a
 * trigger on the dropped table itself (dropped with it), gets no such warning.
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
import { tablesNamedIn } from "../../src/util/table-mentions.js";
import { compareMysql, requireMysql, withMysqlDb } from "../dialects/mysql/autogenerate-support.js";
import { requirePostgres } from "../support/databases.js";
import { withDb } from "./helpers.js";

const orders = table("orders", { columns: { id: { type: t.integer(), primaryKey: true } } });

function mentions(warnings: readonly string[]): string[] {
  return warnings.filter((w) => /name\(s\) it in their SQL/.test(w));
}

describe("autogenerate: routines and triggers that name a dropped table are named", () => {
  test("the tables SQL names: after FROM/JOIN/INTO/UPDATE/TABLE/TRUNCATE, lists, schemas, quotes", () => {
    assert.deepEqual(
      tablesNamedIn(`SELECT a FROM t1 x, s.t2 AS y, "T3" JOIN \`t4\` ON 1 WHERE z IN (SELECT 1 FROM t5 WHERE q); UPDATE t6 SET a = 1; TRUNCATE TABLE t7`, ['""', "``"]).sort(),
      ["t1", "t2", "t3", "t4", "t5", "t6", "t7"],
    );
    assert.deepEqual(tablesNamedIn("INSERT INTO audit_log (at) VALUES (now())", ['""']), ["audit_log"]);
    assert.deepEqual(tablesNamedIn("SELECT 1 FROM orders_archive", ['""']), ["orders_archive"]);
  });

  test("PostgreSQL: PL/pgSQL and SQL functions, a procedure; not an extension's", async (t0) => {
    const skip = await requirePostgres();
    if (skip.skip) return t0.skip(skip.skip);
    await withDb(async ({ conn, sql }) => {
      await sql(`CREATE TABLE orders (id integer PRIMARY KEY);
        CREATE TABLE audit_log (id serial PRIMARY KEY, at timestamptz);
        CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit_log (at) VALUES (now()); RETURN NEW; END $$;
        CREATE TRIGGER orders_log AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION log_order();
        CREATE FUNCTION last_audit() RETURNS timestamptz LANGUAGE sql AS 'SELECT max(at) FROM public.audit_log';
        CREATE PROCEDURE purge_audit(keep integer) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "audit_log" WHERE id < keep; END $$;
        CREATE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM orders';`);
      const r = await compareAuto([orders], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      assert.deepEqual(mentions(r.warnings), [
        "dropping table audit_log: function last_audit(), function log_order(), procedure purge_audit(integer) name(s) it in their SQL, which the database doesn't track, so the DROP succeeds and they fail when they next run; change or drop them with op.execute (and make them again in the downgrade)",
      ]);
    });
  });

  test("MariaDB: a procedure, a function, another table's trigger; not the dropped table's own trigger", async (t0) => {
    const skip = await requireMysql();
    if (skip.skip) return t0.skip(skip.skip);
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE orders (id INT PRIMARY KEY)",
        "CREATE TABLE audit_log (id INT AUTO_INCREMENT PRIMARY KEY, at DATETIME NULL)",
        "CREATE TRIGGER orders_log AFTER INSERT ON orders FOR EACH ROW INSERT INTO audit_log (at) VALUES (NOW())",
        "CREATE TRIGGER audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW SET NEW.at = NOW()",
        "CREATE PROCEDURE purge_audit(keep INT) BEGIN DELETE FROM `audit_log` WHERE id < keep; END",
        "CREATE FUNCTION audit_count() RETURNS INT READS SQL DATA RETURN (SELECT COUNT(*) FROM audit_log)",
        "CREATE PROCEDURE count_orders() SELECT COUNT(*) FROM orders",
      ]);
      const r = await compareMysql([orders], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      assert.deepEqual(mentions(r.warnings).map((w) => w.split(" name(s)")[0]), [
        "dropping table audit_log: function audit_count, procedure purge_audit, trigger orders_log on orders",
      ]);
    });
  });

  test("SQLite: another table's trigger; not the dropped table's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-routines-"));
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "app.db")}` });
    try {
      await conn.exec(`CREATE TABLE orders (id INTEGER PRIMARY KEY);
        CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT);
        CREATE TRIGGER orders_log AFTER INSERT ON orders BEGIN INSERT INTO [audit_log] (at) VALUES (datetime('now')); END;
        CREATE TRIGGER audit_stamp AFTER INSERT ON audit_log BEGIN UPDATE audit_log SET at = datetime('now') WHERE id = NEW.id; END;`);
      const r = await compare([orders], conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      assert.deepEqual(mentions(r.warnings).map((w) => w.split(" name(s)")[0]), ["dropping table audit_log: trigger orders_log on orders"]);
    } finally {
      await conn.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * MariaDB's system-versioned tables (`WITH SYSTEM VERSIONING`, TABLE_TYPE 'SYSTEM VERSIONED') on the real server:
 * autogenerate reads them (their period columns, implied or declared INVISIBLE, are the server's and no
 * difference), so a model of such a table compares clean instead of getting a createTable that fails; a change to
 * one is written with a warning that names the setting MariaDB wants (and the change does fail without it, and
 * applies with it, the history kept); a dropped one's downgrade makes it versioned again.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { table } from "../../../src/autogenerate/models/table.js";
import { mysql2Driver } from "../../../src/dialects/mysql/driver-mysql2.js";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import type { Operation } from "../../../src/operations/operation.js";
import { renderOperationTs } from "../../../src/operations/render-ts.js";
import { reverseOrThrow } from "../../../src/operations/reverse.js";
import { t } from "../../../src/schema/types-builder.js";
import { applyMysql, assertMysqlClean, compareMysql, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const DDL = [
  "CREATE TABLE prices (id INT PRIMARY KEY, sku VARCHAR(20) NOT NULL, UNIQUE KEY prices_sku (sku)) WITH SYSTEM VERSIONING",
  `CREATE TABLE audits (id INT PRIMARY KEY, note VARCHAR(20),
     valid_from TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE, valid_to TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
     PERIOD FOR SYSTEM_TIME (valid_from, valid_to)) WITH SYSTEM VERSIONING`,
  "INSERT INTO prices VALUES (1, 'a'), (2, 'b')",
  "UPDATE prices SET sku = 'c' WHERE id = 2",
];

const prices = (sku = t.varchar(20)) =>
  table("prices", { columns: { id: { type: t.integer(), primaryKey: true }, sku: { type: sku, nullable: false } }, uniques: [{ name: "prices_sku", columns: ["sku"] }] });
const audits = table("audits", { columns: { id: { type: t.integer(), primaryKey: true }, note: t.varchar(20) } });

describe("MariaDB: system-versioned tables in autogenerate", async () => {
  const opts = await requireMysql();

  test("models of system-versioned tables (period columns implied or declared) compare clean", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      await assertMysqlClean(conn, [prices(), audits]);
    });
  });

  test("a change is written with the warning; it fails as the warning says without the setting, and applies with it, history kept", opts, async () => {
    await withMysqlDb(async ({ conn, sql, url }) => {
      await sql(DDL);
      const r = await compareMysql([prices(t.varchar(40)), audits], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["alterColumn"]);
      assert.deepEqual(r.warnings, [
        'prices: the table is system-versioned (WITH SYSTEM VERSIONING): MariaDB refuses to change its columns and keys ("Not allowed for system-versioned table") unless the session allows it; put op.execute("SET SESSION system_versioning_alter_history = KEEP") before these operations in the upgrade and in the downgrade if its history rows may be altered with it (see docs/mysql.md)',
      ]);
      await assert.rejects(applyMysql(conn, r.operations), /Not allowed for system-versioned .*system_versioning_alter_history/);
      await applyMysql(conn, [{ kind: "execute", sql: "SET SESSION system_versioning_alter_history = KEEP" } as Operation, ...r.operations]);
      await assertMysqlClean(conn, [prices(t.varchar(40)), audits]);
      const second = await mysql2Driver.connect({ url });
      try {
        const all = await second.query<{ n: number }>("SELECT count(*) AS n FROM prices FOR SYSTEM_TIME ALL");
        assert.equal(Number(all.rows[0]?.n), 3, "two rows and the one past version of id 2");
        const type = await second.query<{ t: string }>("SELECT COLUMN_TYPE AS t FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'prices' AND COLUMN_NAME = 'sku'");
        assert.equal(type.rows[0]?.t, "varchar(40)");
      } finally {
        await second.close();
      }
    });
  });

  test("a dropped system-versioned table: a warning, and its downgrade makes it WITH SYSTEM VERSIONING again", opts, async () => {
    await withMysqlDb(async ({ conn, sql, url }) => {
      await sql(DDL);
      const r = await compareMysql([audits], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      assert.deepEqual(r.warnings, [
        "prices: the table is system-versioned (WITH SYSTEM VERSIONING): dropping it drops its history too; the downgrade makes it again WITH SYSTEM VERSIONING, with no history",
      ]);
      const down = reverseOrThrow(r.operations[0] as Operation);
      assert.match(renderOperationTs(down), /mysql: \{ [^}]*systemVersioned: true \}/);
      await applyMysql(conn, r.operations);
      await applyMysql(conn, [down]);
      const second = await mysql2Driver.connect({ url });
      try {
        const row = await second.query<{ t: string }>("SELECT TABLE_TYPE AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'prices'");
        assert.equal(row.rows[0]?.t, "SYSTEM VERSIONED");
      } finally {
        await second.close();
      }
      await assertMysqlClean(conn, [prices(), audits]);
    });
  });

  test("createTable's mysql.systemVersioned: WITH SYSTEM VERSIONING on MariaDB, refused in one line on MySQL", () => {
    const op: Operation = { kind: "createTable", table: "p", columns: [{ name: "id", type: t.integer(), primaryKey: true }], mysql: { systemVersioned: true } };
    assert.match(createMysqlRenderer({ serverVersion: 101106 }).renderOperation(op)[0]!.sql, /\) WITH SYSTEM VERSIONING$/);
    assert.throws(
      () => createMysqlRenderer({ serverVersion: 80036 }).renderOperation(op),
      /^AthanorError: create table p: mysql\.systemVersioned is not supported on mysql; MySQL has no system-versioned tables \(MariaDB's WITH SYSTEM VERSIONING\): leave the option out$/,
    );
  });
});

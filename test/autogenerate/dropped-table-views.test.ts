/**
 * Autogenerate dropping a table that views read: PostgreSQL refuses the DROP while they exist; MySQL and SQLite drop
 * the table and leave the views failing when read, and on SQLite every later table rename or rebuild fails too
 * ("error in view …: no such table"). The comparison names the views and what happens, on each dialect; a table no
 * view reads, or one that stays, gets no such warning.
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

function check(warnings: readonly string[], effect: RegExp): void {
  const about = warnings.filter((w) => /^dropping table audit: view\(s\) /.test(w));
  assert.equal(about.length, 1, warnings.join("\n"));
  assert.match(about[0] ?? "", /^dropping table audit: view\(s\) audit_recent, audit_sum read it, and /);
  assert.match(about[0] ?? "", effect);
  assert.match(about[0] ?? "", /drop or change them first with op\.execute \(and make them again in the downgrade\)$/);
  assert.ok(!warnings.some((w) => /dropping table kept/.test(w)), warnings.join("\n"));
}

describe("autogenerate: the views over a dropped table are named", () => {
  test("PostgreSQL: the DROP fails while they exist", async (t0) => {
    const skip = await requirePostgres();
    if (skip.skip) return t0.skip(skip.skip);
    await withDb(async ({ conn, sql }) => {
      await sql(`CREATE TABLE kept (id integer PRIMARY KEY);
        CREATE TABLE audit (id integer PRIMARY KEY, n integer);
        CREATE VIEW audit_recent AS SELECT id FROM audit WHERE id > 10;
        CREATE MATERIALIZED VIEW audit_sum AS SELECT sum(n) AS total FROM audit;
        CREATE VIEW kept_all AS SELECT * FROM kept;`);
      const r = await compareAuto([kept], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings, /the DROP TABLE fails while they exist/);
    });
  });

  test("MariaDB: they fail when read", async (t0) => {
    const skip = await requireMysql();
    if (skip.skip) return t0.skip(skip.skip);
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE kept (id INT PRIMARY KEY)",
        "CREATE TABLE audit (id INT PRIMARY KEY, n INT)",
        "CREATE VIEW audit_recent AS SELECT id FROM audit WHERE id > 10",
        "CREATE VIEW audit_sum AS SELECT SUM(a.n) AS total FROM audit a JOIN kept k ON k.id = a.id",
      ]);
      const r = await compareMysql([kept], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings, /they fail when read once it is gone/);
    });
  });

  test("SQLite: they fail when read, and so does every later rename or rebuild", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-views-"));
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "app.db")}` });
    try {
      await conn.exec(`CREATE TABLE kept (id INTEGER PRIMARY KEY);
        CREATE TABLE audit (id INTEGER PRIMARY KEY, n INTEGER);
        CREATE VIEW audit_recent AS SELECT id FROM "audit" WHERE id > 10;
        CREATE VIEW audit_sum AS SELECT sum(a.n) AS total FROM kept JOIN [AUDIT] a USING (id);`);
      const r = await compare([kept], conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable"]);
      check(r.warnings, /every later table rename or rebuild fails \("error in view …: no such table"\) until they are dropped/);
      // what the warning says, as SQLite does it
      await conn.exec("DROP TABLE audit");
      await assert.rejects(conn.exec("ALTER TABLE kept RENAME TO kept2"), /error in view audit_(recent|sum): no such table: main\.audit/);
    } finally {
      await conn.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

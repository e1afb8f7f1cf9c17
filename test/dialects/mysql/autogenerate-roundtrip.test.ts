/**
 * From models on MariaDB: each corpus schema's models compared with an empty
 * database give operations that the MySQL renderer runs; the database then
 * compares clean with the models, and the downgrade empties it again. Each
 * single-change case runs its operations from `before`'s database, compares
 * clean with `after`, and its downgrade brings back `before`.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import { mysqlCorpus } from "../../autogenerate/corpus-mysql/corpus.js";
import { applyMysql, assertMysqlClean, compareMysql, describeOps, requireMysql, withMysqlDb } from "./autogenerate-support.js";
import { changeCases } from "./autogenerate-cases.js";

describe("MySQL autogenerate from models: build, compare clean, downgrade", async () => {
  const opts = await requireMysql();
  for (const entry of mysqlCorpus) {
    test(`corpus: ${entry.name}`, opts, async () => {
      await withMysqlDb(async ({ conn }) => {
        const r = await compareMysql(entry.models, conn);
        assert.ok(r.operations.length > 0);
        await applyMysql(conn, r.operations);
        await assertMysqlClean(conn, entry.models);
        await applyMysql(conn, downgradeOf(r.operations, mysqlComparator).operations);
        const left = await conn.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
        assert.deepEqual(left.rows, []);
      });
    });
  }
  for (const c of changeCases) {
    test(`change: ${c.name}`, opts, async () => {
      await withMysqlDb(async ({ conn, sql }) => {
        await sql(c.before.ddl);
        const r = await compareMysql(c.after.models, conn);
        await applyMysql(conn, r.operations);
        await assertMysqlClean(conn, c.after.models);
        const down = downgradeOf(r.operations, mysqlComparator);
        assert.deepEqual(down.irreversible, [], describeOps(r.operations));
        await applyMysql(conn, down.operations);
        if (c.downgradeLeaves === undefined) await assertMysqlClean(conn, c.before.models);
        else assert.deepEqual((await compareMysql(c.before.models, conn)).operations.map((o) => o.kind), c.downgradeLeaves);
      });
    });
  }
});

describe("MySQL autogenerate: a dropped table created again by the downgrade is the table it was", async () => {
  const opts = await requireMysql();
  test("its collation (so its character set) and the name of the index the server made for an unnamed foreign key", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE departments (dept_no CHAR(4) NOT NULL PRIMARY KEY) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci",
        "CREATE TABLE dept_emp (emp_no INT NOT NULL, dept_no CHAR(4) NOT NULL, PRIMARY KEY (emp_no, dept_no), FOREIGN KEY (dept_no) REFERENCES departments (dept_no)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci",
        "CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body TEXT) DEFAULT CHARSET=utf8mb3",
      ]);
      const shape = async () =>
        (
          await conn.query<{ TABLE_NAME: string; TABLE_COLLATION: string; INDEX_NAME: string | null }>(
            "SELECT t.TABLE_NAME, t.TABLE_COLLATION, s.INDEX_NAME FROM information_schema.TABLES t LEFT JOIN information_schema.STATISTICS s ON s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME AND s.INDEX_NAME <> 'PRIMARY' WHERE t.TABLE_SCHEMA = DATABASE() ORDER BY 1, 3",
          )
        ).rows;
      const before = await shape();
      assert.deepEqual(before.map((r) => r.INDEX_NAME), [null, "dept_no", null]);
      const r = await compareMysql([], conn);
      assert.deepEqual(r.operations.map((o) => o.kind), ["dropTable", "dropTable", "dropTable"]);
      await applyMysql(conn, r.operations);
      await applyMysql(conn, downgradeOf(r.operations, mysqlComparator).operations);
      assert.deepEqual(await shape(), before);
    });
  });
});

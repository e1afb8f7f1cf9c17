/**
 * One change at a time on MariaDB, the single-change cases of the
 * PostgreSQL suite adapted to MySQL: the database is built from `before`
 * (DDL as a MySQL user writes it), compared with the `after` models: the
 * operations must be exactly the expected ones. The other direction holds
 * too: a database built from `after`'s DDL compares clean with `after` and
 * gives `down` against the `before` models.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { changeCases as cases } from "./autogenerate-cases.js";
import { compareMysql, describeOps, requireMysql, withMysqlDb } from "./autogenerate-support.js";

describe("MySQL autogenerate: one change at a time on MariaDB", async () => {
  const opts = await requireMysql();
  for (const c of cases) {
    test(c.name, opts, async () => {
      await withMysqlDb(async ({ conn, sql: run }) => {
        await run(c.before.ddl);
        const clean = await compareMysql(c.before.models, conn);
        assert.equal(clean.operations.length, 0, `before compares clean:\n${describeOps(clean.operations)}`);
        const r = await compareMysql(c.after.models, conn);
        assert.deepEqual(r.operations.map((o) => o.kind), c.up, `up:\n${describeOps(r.operations)}`);
        c.check?.(r.operations, r.warnings);
      });
      await withMysqlDb(async ({ conn, sql: run }) => {
        await run(c.after.ddl);
        const clean = await compareMysql(c.after.models, conn);
        assert.equal(clean.operations.length, 0, `after compares clean:\n${describeOps(clean.operations)}`);
        const r = await compareMysql(c.before.models, conn);
        assert.deepEqual(r.operations.map((o) => o.kind), c.down, `down:\n${describeOps(r.operations)}`);
      });
    });
  }
});

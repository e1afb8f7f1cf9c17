/**
 * `$1` in a CREATE FUNCTION / PROCEDURE is the routine's own argument, not a
 * value of op.execute: the offline script pasted the value into a BEGIN
 * ATOMIC body (`g(100)` returned 6), and online the statement was sent with
 * the value bound ("bind message supplies 1 parameters"). The statements
 * around it still take their values.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { onlineAndOfflineDatabases, requirePostgres, type TestDatabase } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";

const UP = `  await op.execute("CREATE TABLE t (id int, s text)");
  await op.execute(\`CREATE FUNCTION g(int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT $1 + 1;
END;
CREATE FUNCTION h(int) RETURNS int LANGUAGE sql RETURN $1 * 2;
INSERT INTO t VALUES ($1, 'y')\`, [5]);
  await op.execute("CREATE OR REPLACE FUNCTION k(int) RETURNS int LANGUAGE sql RETURN $1 - 1", [7]);`;

async function check(db: TestDatabase): Promise<void> {
  assert.deepEqual(await db.query("SELECT g(100) AS g, h(100) AS h, k(100) AS k"), [{ g: 101, h: 200, k: 99 }]);
  assert.deepEqual(await db.query("SELECT id, s FROM t"), [{ id: 5, s: "y" }]);
}

describe("PostgreSQL: $n inside a routine definition is the routine's argument", async () => {
  const skip = await requirePostgres();
  const dbs = onlineAndOfflineDatabases(skip);

  test("online: the function bodies keep $1, the INSERT takes the value", skip, async () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000001", null, { up: UP });
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 0, r.stderr);
      await check(dbs.online);
    } finally {
      p.cleanup();
    }
  });

  test("--sql through psql: the same functions and rows", skip, async () => {
    const p = new MigrationProject(dbs.offline.url);
    try {
      p.rev("a1000001", null, { up: UP });
      const script = p.athanor("upgrade", "head", "--sql");
      assert.equal(script.code, 0, script.stderr);
      assert.match(script.stdout, /SELECT \$1 \+ 1;/);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", dbs.offline.url], { input: script.stdout, encoding: "utf8" });
      assert.equal(psql.status, 0, psql.stderr);
      await check(dbs.offline);
    } finally {
      p.cleanup();
    }
  });
});

/**
 * The configured timeouts reach the migration session on the server this
 * machine runs (MariaDB: `max_statement_time`; MySQL would take
 * `max_execution_time`), read back inside a revision and stored, then read
 * over a second connection. The session's settings go out once.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { revisionPath, revisionSource } from "../../support/project.js";
import { mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

describe("MySQL/MariaDB session settings on a live server", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_settings", { statementTimeout: "5s", lockTimeout: "3s" });

  test("statementTimeout and lockTimeout are set under the server's own names", async () => {
    const { db, p } = await fresh();
    const [flavour] = await db.query<{ v: string }>("SELECT VERSION() AS v");
    const mariadb = /mariadb/i.test(String(flavour?.v));
    const timeoutVariable = mariadb ? "@@max_statement_time" : "@@max_execution_time";
    p.write(
      revisionPath("a1000001"),
      revisionSource("a1000001", null, {
        up: `  const rows = await op.query("SELECT ${timeoutVariable} AS s, @@lock_wait_timeout AS l, @@innodb_lock_wait_timeout AS i, @@time_zone AS z");
  await op.execute("CREATE TABLE seen (s VARCHAR(20), l VARCHAR(20), i VARCHAR(20), z VARCHAR(20))");
  await op.execute("INSERT INTO seen VALUES ($1, $2, $3, $4)", [String(rows[0].s), String(rows[0].l), String(rows[0].i), String(rows[0].z)]);`,
      }),
    );
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    const seen = await db.query<{ s: string; l: string; i: string; z: string }>("SELECT s, l, i, z FROM seen");
    assert.deepEqual(seen.map((x) => [Number(x.s), x.l, x.i, x.z]), [[mariadb ? 5 : 5000, "3", "3", "+00:00"]]);
  });
});

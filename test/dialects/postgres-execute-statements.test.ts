/**
 * `op.execute(sql, values)` with several statements in `sql`. The offline
 * script inlines the values and ran them all, while online the server
 * refused: "cannot insert multiple commands into a prepared statement". Now
 * each statement runs by itself with the values its own `$n` name (a `;` in
 * a string or a dollar-quoted body doesn't cut), on PostgreSQL and PGlite,
 * and the offline script gives the same rows through psql.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import { onlineAndOfflineDatabases, requirePostgres } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";

const UP = `  await op.createTable("note", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "body", type: t.text() }] });
  await op.execute(
    "INSERT INTO note VALUES ($2, 'a;b $1'); -- $9; not a value\\nINSERT INTO note VALUES ($1, $3); DO $$ BEGIN PERFORM 1; END $$; INSERT INTO note VALUES ($4, $3)",
    [1, 2, "it's; $2", 3],
  );`;

const EXPECTED = [
  { id: 1, body: "it's; $2" },
  { id: 2, body: "a;b $1" },
  { id: 3, body: "it's; $2" },
];

describe("PostgreSQL: op.execute with values over several statements", async () => {
  const skip = await requirePostgres();
  const dbs = onlineAndOfflineDatabases(skip);

  test("online on PostgreSQL: each statement with its own values", skip, () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000001", null, { up: UP, down: `  await op.dropTable("note");` });
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 0, r.stderr);
      return dbs.online.query("SELECT id, body FROM note ORDER BY id").then((rows) => assert.deepEqual(rows, EXPECTED));
    } finally {
      p.cleanup();
    }
  });

  test("dbs.offline through psql: the same rows", skip, async () => {
    const p = new MigrationProject(dbs.offline.url);
    try {
      p.rev("a1000001", null, { up: UP, down: `  await op.dropTable("note");` });
      const script = p.athanor("upgrade", "head", "--sql");
      assert.equal(script.code, 0, script.stderr);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", dbs.offline.url], { input: script.stdout, encoding: "utf8" });
      assert.equal(psql.status, 0, psql.stderr);
      assert.deepEqual(await dbs.offline.query("SELECT id, body FROM note ORDER BY id"), EXPECTED);
    } finally {
      p.cleanup();
    }
  });

  test("a $n beyond the values is one clear line naming the statement", skip, () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000002", null, { up: `  await op.execute("SELECT 1; SELECT $2::int", [1]);` });
      const r = p.athanor("upgrade", "a1000002", "--sql");
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /uses \$2 but 1 value\(s\) were given: SELECT \$2::int/);
    } finally {
      p.cleanup();
    }
  });
});

test("online on PGlite: the same rows", async () => {
  const p = new MigrationProject("pglite:./db");
  try {
    p.rev("a1000001", null, { up: UP, down: `  await op.dropTable("note");` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    const pg = new PGlite(`${p.dir}/db`);
    try {
      assert.deepEqual((await pg.query("SELECT id, body FROM note ORDER BY id")).rows, EXPECTED);
    } finally {
      await pg.close();
    }
  } finally {
    p.cleanup();
  }
});

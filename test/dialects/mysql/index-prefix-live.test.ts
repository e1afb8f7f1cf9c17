/**
 * A key on a TEXT, BLOB or JSON column without a prefix length: refused in
 * `op.createTable` from the op itself, and online in `op.createIndex` on an
 * existing table from the live column's type, before the server sees it
 * (MariaDB would quietly key a prefix of its own choosing, or a hash for a
 * unique index, that `check` then reports as a difference from the model).
 * Checked over a second connection: no index was made.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { revisionPath, revisionSource } from "../../support/project.js";
import { mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

const CREATE = `  await op.createTable("doc", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "Body", type: t.text() },
      { name: "data", type: t.json() },
      { name: "title", type: t.varchar(100) },
    ],
  });`;

describe("MySQL: keys on TEXT/BLOB/JSON need a prefix length, online in createIndex too", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_ixprefix");

  const indexes = async (db: { query<R>(sql: string): Promise<R[]> }) =>
    (await db.query<{ name: string }>("SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'doc' ORDER BY 1")).map((r) => r.name);

  for (const [what, call, column] of [
    ["an index on a TEXT column", `await op.createIndex("ix_body", "doc", ["body"]);`, "body"],
    ["a unique index on a TEXT column", `await op.createIndex("ux_body", "doc", ["title", "body"], { unique: true });`, "body"],
    ["an index on a JSON column", `await op.createIndex("ix_data", "doc", ["data"]);`, "data"],
  ] as const) {
    test(`${what} is refused with one line naming the index, column and the fix`, async () => {
      const { db, p } = await fresh();
      p.write(revisionPath("a1000001"), revisionSource("a1000001", null, { up: CREATE, down: `  await op.dropTable("doc");` }));
      p.write(revisionPath("b2000002"), revisionSource("b2000002", "a1000001", { up: `  ${call}` }));
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stderr.trim().split("\n").filter((l) => l.startsWith("error:"));
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? "", new RegExp(`keys column ${column}, a (LONG)?TEXT, without a prefix length`));
      assert.match(lines[0] ?? "", /prefixLengths/);
      assert.deepEqual(await indexes(db), ["PRIMARY"], "no index was made");
      assert.match(p.athanor("current").stdout, /a1000001/);
    });
  }

  test("with a prefix length (or on a VARCHAR) the index is made", async () => {
    const { db, p } = await fresh();
    p.write(revisionPath("a1000001"), revisionSource("a1000001", null, { up: CREATE, down: `  await op.dropTable("doc");` }));
    p.write(
      revisionPath("b2000002"),
      revisionSource("b2000002", "a1000001", {
        up: `  await op.createIndex("ix_body", "doc", ["body"], { mysql: { prefixLengths: { body: 50 } } });
  await op.createIndex("ix_title", "doc", ["title"]);`,
      }),
    );
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await indexes(db), ["ix_body", "ix_title", "PRIMARY"]);
    const sub = await db.query<{ sub: number | null }>("SELECT SUB_PART AS sub FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = 'ix_body'");
    assert.equal(Number(sub[0]?.sub), 50);
  });
});

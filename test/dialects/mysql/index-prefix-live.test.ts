/**
 * A key on a whole TEXT, BLOB or JSON column (no prefix length).
 * - MySQL refuses it; Athanor refuses it first, naming the index, the column
 *   and the fix: in `op.createTable` from the op, and online in
 *   `op.createIndex` on an existing table from the live column's type
 *   (checked here on rows as MySQL 8's information_schema returns them:
 *   there is no MySQL server on this machine).
 * - MariaDB keys it itself (by the longest prefix InnoDB allows, or by a hash
 *   when unique), as drizzle-kit's SQL has it made there: created, checked
 *   over a second connection.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createIndexOp } from "../../../src/operations/create-index.js";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import type { SchemaReader } from "../../../src/dialects/dialect.js";
import { revisionPath, revisionSource } from "../../support/project.js";
import { mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

/** `doc`'s columns as MySQL 8.0 answers `SELECT COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type ...`. */
const MYSQL8_DOC_COLUMNS = [
  { column_name: "id", column_type: "int" },
  { column_name: "Body", column_type: "text" },
  { column_name: "data", column_type: "json" },
  { column_name: "pic", column_type: "mediumblob" },
  { column_name: "title", column_type: "varchar(100)" },
];

describe("MySQL 8: createIndex on a whole TEXT/BLOB/JSON column is refused online, from the live column's type", () => {
  const reader: SchemaReader = {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
      assert.match(sql, /information_schema\.COLUMNS/);
      assert.deepEqual(params, [null, "doc"]);
      return MYSQL8_DOC_COLUMNS as R[];
    },
  };
  const session = createMysqlRenderer({ serverVersion: 80036 }).session?.(reader);
  assert.ok(session);

  for (const [what, columns, unique, column, type] of [
    ["a TEXT column (names are case-insensitive)", ["body"], false, "body", "TEXT"],
    ["a TEXT column in a unique index", ["title", "body"], true, "body", "TEXT"],
    ["a JSON column", ["data"], false, "data", "JSON"],
    ["a BLOB column", ["pic"], false, "pic", "MEDIUMBLOB"],
  ] as const) {
    test(what, async () => {
      await assert.rejects(
        session.render(createIndexOp("ix", "doc", [...columns], { unique })),
        (e: Error) => {
          assert.match(e.message, new RegExp(`index ix keys column ${column}, a ${type}, without a prefix length`));
          assert.match(e.message, new RegExp(`prefixLengths: \\{ "${column}": n \\}`));
          return true;
        },
      );
    });
  }

  test("with a prefix length, on a VARCHAR, or FULLTEXT: rendered", async () => {
    const withPrefix = await session.render(createIndexOp("ix", "doc", ["body"], { mysql: { prefixLengths: { body: 50 } } }));
    assert.match(withPrefix[0]?.sql ?? "", /\(`body`\(50\)\)/);
    const varchar = await session.render(createIndexOp("ix", "doc", ["title"]));
    assert.match(varchar[0]?.sql ?? "", /\(`title`\)/);
    const fulltext = await session.render(createIndexOp("ix", "doc", ["body"], { mysql: { indexType: "fulltext" } }));
    assert.match(fulltext[0]?.sql ?? "", /FULLTEXT INDEX/);
  });
});

const CREATE = `  await op.createTable("doc", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "Body", type: t.text() },
      { name: "data", type: t.json() },
      { name: "title", type: t.varchar(100) },
    ],
  });`;

describe("MariaDB: createIndex on a whole TEXT/JSON column is made as the server keys it", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_ixprefix");

  test("an index by the server's prefix, a unique one by a hash, one with a prefix length by that length", async () => {
    const { db, p } = await fresh();
    p.write(revisionPath("a1000001"), revisionSource("a1000001", null, { up: CREATE, down: `  await op.dropTable("doc");` }));
    p.write(
      revisionPath("b2000002"),
      revisionSource("b2000002", "a1000001", {
        up: `  await op.createIndex("ix_body", "doc", ["body"]);
  await op.createIndex("ux_body", "doc", ["title", "body"], { unique: true });
  await op.createIndex("ix_body50", "doc", ["body"], { mysql: { prefixLengths: { body: 50 } } });`,
      }),
    );
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    const rows = await db.query<{ name: string; col: string; sub: number | null; type: string }>(
      `SELECT INDEX_NAME AS name, COLUMN_NAME AS col, SUB_PART AS sub, INDEX_TYPE AS type FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'doc' AND COLUMN_NAME = 'Body' ORDER BY INDEX_NAME`,
    );
    const by = Object.fromEntries(rows.map((x) => [x.name, x]));
    assert.ok(Number(by.ix_body?.sub) > 0, "the server chose a prefix");
    assert.equal(Number(by.ix_body50?.sub), 50);
    assert.equal(by.ux_body?.type, "HASH");
  });
});

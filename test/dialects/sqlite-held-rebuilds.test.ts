/**
 * "Several operations on one table in one step are one rebuild", also when
 * operations on other tables come between them (tables A, B, A): the SQLite
 * render session holds each table's rebuild open. Each case runs on real
 * files three ways and compares them: all operations in one step online
 * (counting the rebuilds sent), the same step as an offline script run by
 * the sqlite3 shell, and the reference, each operation in a step of its own
 * (nothing held across operations). The cases where the rebuild must be
 * written first (raw SQL, renames of what it names, a copy reading another
 * table) show that the result stays the reference's.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import type { DatabaseConnection } from "../../src/dialects/dialect.js";
import type { Operation } from "../../src/operations/operation.js";
import { t } from "../../src/schema/types-builder.js";
import { applyOps, type BetterSqlite, dumpSchema, offlineScriptFor, runSqliteShell, tempDatabase } from "./support/sqlite-file.js";

const shell = spawnSync("sqlite3", ["-version"]).status === 0;

/** parent <- child (ON DELETE CASCADE, index child_note), and an unrelated table, with rows. */
const SETUP: readonly Operation[] = [
  { kind: "createTable", table: "parent", columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "name", type: t.text() }] },
  {
    kind: "createTable",
    table: "child",
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "parent_id", type: t.integer(), references: { table: "parent", column: "id", onDelete: "cascade" } },
      { name: "note", type: t.text() },
    ],
    indexes: [{ name: "child_note", columns: ["note"] }],
  },
  { kind: "createTable", table: "other", columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "v", type: t.text() }] },
  { kind: "bulkInsert", table: "parent", rows: [{ id: 1, name: "a" }, { id: 2, name: "b" }] },
  { kind: "bulkInsert", table: "child", rows: [{ id: 10, parent_id: 1, note: "x" }, { id: 11, parent_id: 2, note: "y" }, { id: 12, parent_id: 2, note: null }] },
  { kind: "bulkInsert", table: "other", rows: [{ id: 1, v: "one" }, { id: 2, v: "two" }] },
];

const CHILD_FK = { kind: "createForeignKey", table: "child", columns: ["parent_id"], refTable: "parent", refColumns: ["id"], onDelete: "cascade" } as const;

/** Every table's rows (whatever the tables are called after the step). */
function rowsOf(db: BetterSqlite): Record<string, unknown> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

/**
 * The schema, rows and foreign-key violations. A column SQLite added in place (the reference adds a plain column
 * with ADD COLUMN, which writes it after a line break) and the same column in a rebuild's definition differ only
 * in the space before the comma: that space is left out.
 */
function stateOf(db: BetterSqlite): unknown {
  const schema = Object.fromEntries(
    Object.entries(dumpSchema(db)).map(([name, o]) => {
      const body = (o as { body?: string }).body;
      return [name, body === undefined ? o : { ...(o as object), body: body.replace(/\s+,/g, ",") }];
    }),
  );
  return { schema, rows: rowsOf(db), violations: db.prepare("PRAGMA foreign_key_check").all() };
}

/** A connection that notes every statement it is sent. */
function tracing(conn: DatabaseConnection, sent: string[]): DatabaseConnection {
  return {
    ...conn,
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      sent.push(sql);
      return conn.query<R>(sql, params);
    },
  };
}

/** How many times each table was rebuilt, from the statements (or script) that rebuild it. */
function rebuildsIn(statements: string, ...tables: string[]): Record<string, number> {
  return Object.fromEntries(tables.map((name) => [name, statements.split(`CREATE TABLE "_athanor_rebuild_${name}"`).length - 1]));
}

/**
 * Runs `ops` as one step online and offline, and each in a step of its own (the reference). Asserts that
 * the three give the same schema and rows; returns the rebuilds per table, online and in the script.
 */
async function runThreeWays(ops: readonly Operation[], tables: readonly string[]): Promise<{ online: Record<string, number>; offline: Record<string, number> }> {
  const held = tempDatabase();
  const reference = tempDatabase();
  const offline = tempDatabase();
  try {
    await applyOps(held.conn, SETUP);
    const sent: string[] = [];
    await applyOps(tracing(held.conn, sent), ops);
    await applyOps(reference.conn, SETUP);
    for (const op of ops) await applyOps(reference.conn, [op]);
    const expected = stateOf(reference.reopen());
    assert.deepEqual(stateOf(held.reopen()), expected, "one step, rebuilds held, vs one step per operation");
    let script = "";
    if (shell) {
      script = await offlineScriptFor([SETUP, ops]);
      offline.db.close();
      const r = runSqliteShell(offline.path, script);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(stateOf(offline.reopen()), expected, "the offline script, run by the sqlite3 shell");
    }
    return { online: rebuildsIn(sent.join("\n"), ...tables), offline: shell ? rebuildsIn(script, ...tables) : rebuildsIn(sent.join("\n"), ...tables) };
  } finally {
    held.close();
    reference.close();
    offline.close();
  }
}

describe("SQLite: one rebuild per table and step, whatever comes between", () => {
  test("tables changed in turn (A, B, A, C, B, A): each table is rebuilt once, to the same schema and rows", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "parent", column: "name", type: t.varchar(40), nullable: false },
      { kind: "dropConstraint", table: "child", constraintType: "foreignKey", original: CHILD_FK },
      { kind: "createCheckConstraint", table: "parent", name: "name_len", expression: "length(name) > 0" },
      { kind: "addColumn", table: "other", column: { name: "code", type: t.varchar(8), unique: true } },
      { kind: "dropIndex", name: "child_note", table: "child" },
      { kind: "createUniqueConstraint", table: "parent", name: "parent_name_key", columns: ["name"] },
      { kind: "alterColumn", table: "other", column: "v", nullable: false, default: "none" },
      { kind: "createIndex", table: "child", name: "child_parent", columns: ["parent_id"] },
      { kind: "createTable", table: "extra", columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "parent_id", type: t.integer(), references: { table: "parent" } }] },
      { ...CHILD_FK, name: "child_parent_id_fkey", onDelete: "restrict" },
    ];
    const counts = await runThreeWays(ops, ["parent", "child", "other"]);
    assert.deepEqual(counts.online, { parent: 1, child: 1, other: 1 });
    assert.deepEqual(counts.offline, { parent: 1, child: 1, other: 1 });
  });

  test("an index of the held table: dropped at once (its name is free for another table), created after the rebuild", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "dropIndex", name: "child_note" },
      { kind: "createIndex", table: "other", name: "child_note", columns: ["v"] },
      { kind: "createIndex", table: "child", name: "child_note_2", columns: ["note"], where: "note IS NOT NULL" },
      { kind: "alterColumn", table: "child", column: "note", type: t.varchar(20) },
    ];
    const counts = await runThreeWays(ops, ["child", "other"]);
    assert.deepEqual(counts.online, { child: 1, other: 0 });
    assert.deepEqual(counts.offline, { child: 1, other: 0 });
  });

  test("a foreign key, in the rebuild written first, to a column that a rebuild written after it adds", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "addColumn", table: "parent", column: { name: "code", type: t.varchar(8), unique: true } },
      { kind: "addColumn", table: "child", column: { name: "parent_code", type: t.varchar(8), references: { table: "parent", column: "code" } } },
      { kind: "alterColumn", table: "parent", column: "name", nullable: false },
    ];
    const counts = await runThreeWays(ops, ["parent", "child"]);
    assert.deepEqual(counts.online, { parent: 1, child: 1 });
    assert.deepEqual(counts.offline, { parent: 1, child: 1 });
  });

  test("a rename, a drop or a new column of a table the held rebuild does not name runs before it", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "renameTable", table: "other", newName: "other2" },
      { kind: "addColumn", table: "other2", column: { name: "w", type: t.integer() } },
      { kind: "alterColumn", table: "other2", column: "v", newName: "v2" },
      { kind: "dropColumn", table: "parent", column: "name" },
      { kind: "createCheckConstraint", table: "child", name: "note_len", expression: "length(note) < 100" },
    ];
    const counts = await runThreeWays(ops, ["child", "other", "other2", "parent"]);
    assert.deepEqual(counts.online, { child: 1, other: 0, other2: 0, parent: 0 });
  });
});

describe("SQLite: what a held rebuild is written before", () => {
  test("op.execute: the rebuild is written first, so the SQL sees the new column", async () => {
    const ops: Operation[] = [
      { kind: "addColumn", table: "parent", column: { name: "code", type: t.varchar(8), unique: true } },
      { kind: "alterColumn", table: "other", column: "v", nullable: false },
      { kind: "execute", sql: `UPDATE "parent" SET "code" = 'p' || "id"` },
      { kind: "alterColumn", table: "parent", column: "code", nullable: false },
    ];
    const counts = await runThreeWays(ops, ["parent", "other"]);
    assert.deepEqual(counts.online, { parent: 2, other: 1 });
  });

  test("a rename of the table its foreign key names: the new definition names the renamed table", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "renameTable", table: "parent", newName: "mother" },
      { kind: "createCheckConstraint", table: "child", name: "note_len", expression: "length(note) < 100" },
    ];
    const counts = await runThreeWays(ops, ["child"]);
    assert.deepEqual(counts.online, { child: 2 });
  });

  test("a rename of the column its foreign key names: the new definition names the renamed column", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "alterColumn", table: "parent", column: "id", newName: "pid" },
      { kind: "createCheckConstraint", table: "child", name: "note_len", expression: "length(note) < 100" },
    ];
    const counts = await runThreeWays(ops, ["child"]);
    assert.deepEqual(counts.online, { child: 2 });
  });

  test("a change of the table a `using` copy reads: the copy reads it first", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "parent", column: "name", type: t.varchar(10), using: `(SELECT "v" FROM "other" WHERE "other"."id" = "parent"."id")` },
      { kind: "dropColumn", table: "other", column: "v" },
      { kind: "alterColumn", table: "parent", column: "name", nullable: false },
    ];
    const counts = await runThreeWays(ops, ["parent"]);
    assert.deepEqual(counts.online, { parent: 2 });
  });

  test("a drop of the held table, and a change of its own that can't join (a column rename)", async () => {
    const ops: Operation[] = [
      { kind: "alterColumn", table: "child", column: "note", default: "-" },
      { kind: "alterColumn", table: "other", column: "v", default: "-" },
      { kind: "alterColumn", table: "other", column: "v", newName: "w" },
      { kind: "alterColumn", table: "other", column: "w", nullable: false },
      { kind: "dropTable", table: "child" },
    ];
    const counts = await runThreeWays(ops, ["child", "other"]);
    assert.deepEqual(counts.online, { child: 1, other: 2 });
  });
});

/**
 * SQLite table rebuilds, on files: what is rebuilt and what is native, child
 * rows that survive a rebuild of their parent, what a rebuild carries over
 * (unnamed CHECKs, collations, generated columns, AUTOINCREMENT, WITHOUT
 * ROWID, indexes, triggers, views), a foreign-key violation that rolls the
 * step back, and several rebuilds in one step.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isAthanorError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import { sql } from "../../src/schema/sql-expression.js";
import { t } from "../../src/schema/types-builder.js";
import { applyOps, dumpSchema, statementsFor, tempDatabase } from "./support/sqlite-file.js";

const parentAndChildren = `
  CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
  CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE ON UPDATE CASCADE);
  CREATE TABLE grandchild (id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES child(id) ON DELETE CASCADE);
  CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE SET NULL);
  INSERT INTO parent VALUES (1, 'a'), (2, 'b'), (3, 'c');
  INSERT INTO child VALUES (10, 1), (11, 1), (12, 2), (13, 3);
  INSERT INTO grandchild VALUES (100, 10), (101, 12);
  INSERT INTO other VALUES (1000, 1), (1001, 3);
`;

function counts(db: ReturnType<typeof tempDatabase>["db"]): Record<string, unknown> {
  const q = (s: string) => db.prepare(s).all();
  return {
    child: q("SELECT id, parent_id FROM child ORDER BY id"),
    grandchild: q("SELECT id, child_id FROM grandchild ORDER BY id"),
    other: q("SELECT id, parent_id FROM other ORDER BY id"),
  };
}

describe("SQLite rebuilds: child rows survive a rebuild of their parent", () => {
  const rebuilds: [string, Operation[]][] = [
    ["alter column nullability", [{ kind: "alterColumn", table: "parent", column: "name", nullable: false }]],
    ["alter column type and default", [{ kind: "alterColumn", table: "parent", column: "name", type: t.varchar(50), default: "x" }]],
    ["add a check constraint", [{ kind: "createCheckConstraint", table: "parent", name: "name_len", expression: "length(name) < 20" }]],
    ["add a NOT NULL column without a default (rebuild)", [{ kind: "addColumn", table: "parent", column: { name: "created", type: t.text(), nullable: false, default: sql("CURRENT_TIMESTAMP") } }]],
    [
      "two rebuilds of the parent in one step",
      [
        { kind: "alterColumn", table: "parent", column: "name", nullable: false },
        { kind: "createUniqueConstraint", table: "parent", name: "parent_name_key", columns: ["name"] },
      ],
    ],
  ];
  for (const [name, ops] of rebuilds) {
    test(name, async () => {
      const d = tempDatabase();
      try {
        d.db.exec(parentAndChildren);
        const before = counts(d.db);
        const statements = await statementsFor(d.conn, ops[0] as Operation);
        assert.ok(statements.some((s) => /^DROP TABLE "parent"$/.test(s)), `a rebuild: ${statements.join("; ")}`);
        await applyOps(d.conn, ops);
        const second = d.reopen();
        assert.deepEqual(counts(second), before);
        assert.equal(second.pragma("foreign_keys", { simple: true }), 1);
        assert.deepEqual(second.prepare("PRAGMA foreign_key_check").all(), []);
        // the children's keys still point at the (new) parent, and cascade from it
        second.exec("DELETE FROM parent WHERE id = 2");
        assert.deepEqual(second.prepare("SELECT id FROM child ORDER BY id").all(), [{ id: 10 }, { id: 11 }, { id: 13 }]);
        assert.deepEqual(second.prepare("SELECT id FROM grandchild").all(), [{ id: 100 }]);
      } finally {
        d.close();
      }
    });
  }

  test("a rebuild of the child keeps the grandchildren and its own key to the parent", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(parentAndChildren);
      const before = counts(d.db);
      await applyOps(d.conn, [{ kind: "addColumn", table: "child", column: { name: "code", type: t.varchar(10), unique: true } }]);
      assert.deepEqual(counts(d.reopen()), before);
      const fks = d.reopen().prepare("PRAGMA foreign_key_list(child)").all() as { table: string; on_delete: string }[];
      assert.deepEqual(fks.map((f) => [f.table, f.on_delete]), [["parent", "CASCADE"]]);
    } finally {
      d.close();
    }
  });
});

describe("SQLite rebuilds: a foreign-key violation fails the step and rolls it back", () => {
  test("a foreign key added over rows that violate it", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`CREATE TABLE author (id INTEGER PRIMARY KEY); CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER);
        INSERT INTO author VALUES (1); INSERT INTO book VALUES (1, 1), (2, 99);`);
      const before = dumpSchema(d.db);
      await assert.rejects(
        applyOps(d.conn, [
          { kind: "addColumn", table: "book", column: { name: "title", type: t.text() } },
          { kind: "createForeignKey", table: "book", name: "book_author_fkey", columns: ["author_id"], refTable: "author", refColumns: ["id"] },
        ]),
        (e: unknown) => isAthanorError(e) && e.code === "MIGRATION.FOREIGN_KEY_VIOLATION" && /book row 2 -> author/.test(e.message),
      );
      const second = d.reopen();
      assert.deepEqual(dumpSchema(second), before);
      assert.deepEqual(second.prepare("SELECT * FROM book ORDER BY id").all(), [{ id: 1, author_id: 1 }, { id: 2, author_id: 99 }]);
      assert.equal(second.pragma("foreign_keys", { simple: true }), 1);
    } finally {
      d.close();
    }
  });
});

describe("SQLite rebuilds: what a rebuild carries over", () => {
  test("unnamed CHECKs, collations, generated columns, AUTOINCREMENT, indexes, triggers, views", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`
        CREATE TABLE item (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT COLLATE NOCASE CHECK (length(name) > 0),
          price NUMERIC(10, 2) NOT NULL ON CONFLICT ABORT CHECK (price >= 0),
          qty INTEGER DEFAULT 1,
          total REAL GENERATED ALWAYS AS (price * qty) STORED,
          label TEXT AS (upper(name)) VIRTUAL,
          CHECK (qty < 1000)
        );
        CREATE INDEX item_name ON item (name COLLATE NOCASE DESC) WHERE qty > 0;
        CREATE UNIQUE INDEX item_lower ON item (lower(name));
        CREATE TABLE audit (n INTEGER);
        CREATE TRIGGER item_audit AFTER INSERT ON item BEGIN INSERT INTO audit VALUES (new.id); END;
        CREATE VIEW cheap AS SELECT name, total FROM item WHERE price < 5;
        INSERT INTO item (name, price, qty) VALUES ('b', 2, 3), ('a', 10, 1), ('z', 1, 1);
        DELETE FROM item WHERE name = 'z';`);
      const before = dumpSchema(d.db);
      await applyOps(d.conn, [{ kind: "alterColumn", table: "item", column: "qty", nullable: false }]);
      const second = d.reopen();
      const after = dumpSchema(second);
      const table = after["table item"] as { body: string };
      // only qty changed
      assert.equal(table.body, (before["table item"] as { body: string }).body.replace("qty INTEGER DEFAULT 1", "qty INTEGER NOT NULL DEFAULT 1"));
      assert.deepEqual(after["index item_name"], before["index item_name"]);
      assert.deepEqual(after["index item_lower"], before["index item_lower"]);
      assert.deepEqual(after["trigger item_audit"], before["trigger item_audit"]);
      assert.deepEqual(after["view cheap"], before["view cheap"]);
      assert.deepEqual(second.prepare("SELECT name, total FROM cheap").all(), [{ name: "b", total: 6 }]);
      assert.deepEqual(second.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'item'").get(), { seq: 3 });
      second.exec("INSERT INTO item (name, price) VALUES ('c', 1)");
      assert.deepEqual(second.prepare("SELECT id, label FROM item WHERE name = 'C'").get(), { id: 4, label: "C" });
      assert.deepEqual(second.prepare("SELECT n FROM audit ORDER BY n").all(), [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
      assert.throws(() => second.exec("INSERT INTO item (name, price) VALUES ('', 1)"), /CHECK constraint failed/);
    } finally {
      d.close();
    }
  });

  test("WITHOUT ROWID and a composite primary key", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`CREATE TABLE kv (k TEXT NOT NULL, scope TEXT NOT NULL, v BLOB, PRIMARY KEY (scope, k)) WITHOUT ROWID;
        INSERT INTO kv VALUES ('a', 's', X'00ff'), ('b', 's', NULL);`);
      await applyOps(d.conn, [{ kind: "alterColumn", table: "kv", column: "v", default: new Uint8Array([1]) }]);
      const second = d.reopen();
      const stored = (second.prepare("SELECT sql FROM sqlite_master WHERE name = 'kv'").get() as { sql: string }).sql;
      assert.match(stored, /\) WITHOUT ROWID$/);
      assert.match(stored, /PRIMARY KEY \(scope, k\)/);
      assert.match(stored, /v BLOB DEFAULT X'01'/);
      assert.deepEqual(second.prepare("SELECT k, hex(v) AS v FROM kv ORDER BY k").all(), [{ k: "a", v: "00FF" }, { k: "b", v: "" }]);
    } finally {
      d.close();
    }
  });
});

/*
 * Found by the SQLite real-schema corpus: drizzle writes a CHECK with its column qualified by the table
 * (`check("items_qty_check", sql\`${t.qty} > 0\`)` is `CHECK ("items"."qty" > 0)`, and drizzle-kit writes it so
 * too). The new definition is created under a temporary name, where `"items".` names no table: every rebuild
 * of such a table failed ("no such column: items.qty").
 */
describe("SQLite rebuilds: NOT NULL over rows that hold NULL (docs/sqlite.md)", () => {
  test("fails the step with nothing committed; an UPDATE first in the same step makes it pass", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`CREATE TABLE "user" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT); INSERT INTO "user" VALUES ('u1', 'Ada'), ('u2', NULL);`);
      const before = dumpSchema(d.db);
      const notNull: Operation = { kind: "alterColumn", table: "user", column: "name", nullable: false, default: "anonymous" };
      await assert.rejects(applyOps(d.conn, [notNull]), /NOT NULL constraint failed: _athanor_rebuild_user\.name/);
      assert.deepEqual(dumpSchema(d.reopen()), before);
      await applyOps(d.conn, [{ kind: "execute", sql: `UPDATE "user" SET "name" = 'anonymous' WHERE "name" IS NULL` }, notNull]);
      const second = d.reopen();
      assert.deepEqual(second.prepare(`SELECT * FROM "user" ORDER BY "id"`).all(), [{ id: "u1", name: "Ada" }, { id: "u2", name: "anonymous" }]);
      assert.match((second.prepare("SELECT sql FROM sqlite_master WHERE name = 'user'").get() as { sql: string }).sql, /"name" TEXT NOT NULL DEFAULT 'anonymous'/);
    } finally {
      d.close();
    }
  });
});

describe("SQLite rebuilds: a CHECK naming its own table", () => {
  test("the qualifier is dropped in the new definition; the rows, the check and the partial index are kept", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`
        CREATE TABLE "items" (
          "id" INTEGER PRIMARY KEY NOT NULL,
          "qty" INTEGER NOT NULL,
          "name" TEXT,
          "label" TEXT GENERATED ALWAYS AS (upper("name")) VIRTUAL,
          CONSTRAINT "items_qty_check" CHECK ("items"."qty" > 0 AND 'items.qty' <> "name")
        );
        CREATE INDEX "items_name_idx" ON "items" ("name") WHERE "items"."name" IS NOT NULL;
        INSERT INTO "items" ("id", "qty", "name") VALUES (1, 5, 'x'), (2, 1, 'y');`);
      await applyOps(d.conn, [{ kind: "alterColumn", table: "items", column: "name", nullable: false, default: "" }]);
      const second = d.reopen();
      const stored = (second.prepare("SELECT sql FROM sqlite_master WHERE name = 'items'").get() as { sql: string }).sql;
      assert.match(stored, /CONSTRAINT "items_qty_check" CHECK \("qty" > 0 AND 'items\.qty' <> "name"\)/, "a string literal is left as it is");
      assert.match(stored, /"name" TEXT NOT NULL DEFAULT ''/);
      assert.deepEqual(second.prepare(`SELECT "id", "qty", "name", "label" FROM "items" ORDER BY "id"`).all(), [
        { id: 1, qty: 5, name: "x", label: "X" },
        { id: 2, qty: 1, name: "y", label: "Y" },
      ]);
      assert.throws(() => second.exec(`INSERT INTO "items" ("id", "qty", "name") VALUES (3, 0, 'z')`), /CHECK constraint failed: items_qty_check/);
      const index = (second.prepare("SELECT sql FROM sqlite_master WHERE name = 'items_name_idx'").get() as { sql: string }).sql;
      assert.equal(index, `CREATE INDEX "items_name_idx" ON "items" ("name") WHERE "items"."name" IS NOT NULL`);
    } finally {
      d.close();
    }
  });
});

describe("SQLite: native forms where SQLite has them", () => {
  const cases: [string, Operation, RegExp][] = [
    ["add a nullable column", { kind: "addColumn", table: "t", column: { name: "c", type: t.text() } }, /^ALTER TABLE "t" ADD COLUMN "c" TEXT$/],
    ["add a NOT NULL column with a default", { kind: "addColumn", table: "t", column: { name: "c", type: t.integer(), nullable: false, default: 0 } }, /^ALTER TABLE "t" ADD COLUMN "c" INTEGER NOT NULL DEFAULT 0$/],
    ["rename a column", { kind: "alterColumn", table: "t", column: "b", newName: "b2" }, /^ALTER TABLE "t" RENAME COLUMN "b" TO "b2"$/],
    ["drop an unindexed column", { kind: "dropColumn", table: "t", column: "b" }, /^ALTER TABLE "t" DROP COLUMN "b"$/],
    ["rename the table", { kind: "renameTable", table: "t", newName: "t2" }, /^ALTER TABLE "t" RENAME TO "t2"$/],
  ];
  for (const [name, op, expected] of cases) {
    test(name, async () => {
      const d = tempDatabase();
      try {
        d.db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT); INSERT INTO t VALUES (1, 'x')");
        const statements = await statementsFor(d.conn, op);
        assert.equal(statements.length, 1, statements.join("; "));
        assert.match(statements[0] as string, expected);
        await applyOps(d.conn, [op]);
      } finally {
        d.close();
      }
    });
  }

  test("a column an index uses is not dropped: the line names the index", async () => {
    const d = tempDatabase();
    try {
      d.db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT); CREATE INDEX t_b ON t (b)");
      await assert.rejects(applyOps(d.conn, [{ kind: "dropColumn", table: "t", column: "b" }]), /drop column t\.b: the index t_b uses it: drop the index first/);
    } finally {
      d.close();
    }
  });

  test("a UNIQUE column is dropped by a rebuild", async () => {
    const d = tempDatabase();
    try {
      d.db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT UNIQUE, c TEXT); INSERT INTO t VALUES (1, 'x', 'y')");
      const statements = await statementsFor(d.conn, { kind: "dropColumn", table: "t", column: "b" });
      assert.ok(statements.includes('DROP TABLE "t"'));
      await applyOps(d.conn, [{ kind: "dropColumn", table: "t", column: "b" }]);
      assert.deepEqual(d.reopen().prepare("SELECT * FROM t").all(), [{ id: 1, c: "y" }]);
    } finally {
      d.close();
    }
  });
});

describe("SQLite rebuilds: several operations on one table are one rebuild", () => {
  test("changes of one table join one rebuild; another table's change runs before it; rebuilds are written in the order they were opened", async () => {
    const d = tempDatabase();
    try {
      d.db.exec(`${parentAndChildren} CREATE INDEX parent_name ON parent (name);`);
      const before = counts(d.db);
      const sent: string[] = [];
      const conn = {
        ...d.conn,
        query: async <R>(s: string, params?: readonly unknown[]) => {
          sent.push(s);
          return d.conn.query<R>(s, params);
        },
      };
      await applyOps(conn, [
        { kind: "alterColumn", table: "parent", column: "name", nullable: false, type: t.varchar(40) },
        { kind: "addColumn", table: "parent", column: { name: "code", type: t.varchar(8), unique: true } },
        { kind: "createCheckConstraint", table: "parent", name: "name_len", expression: "length(name) > 0" },
        { kind: "alterColumn", table: "parent", column: "code", default: "none" },
        { kind: "alterColumn", table: "child", column: "parent_id", nullable: true },
        { kind: "createIndex", table: "parent", name: "parent_code", columns: ["code"] },
      ]);
      assert.equal(sent.filter((s) => s === 'DROP TABLE "parent"').length, 1, sent.join("\n"));
      assert.equal(sent.filter((s) => s === 'DROP TABLE "child"').length, 1);
      assert.ok(sent.indexOf('DROP TABLE "parent"') < sent.indexOf('DROP TABLE "child"'), sent.join("\n"));
      const second = d.reopen();
      assert.deepEqual(counts(second), before);
      const stored = (second.prepare("SELECT sql FROM sqlite_master WHERE name = 'parent'").get() as { sql: string }).sql;
      assert.match(stored, /\bname VARCHAR\(40\) NOT NULL/);
      assert.match(stored, /"code" VARCHAR\(8\) UNIQUE DEFAULT 'none'/);
      assert.match(stored, /CONSTRAINT "name_len" CHECK/);
      assert.deepEqual(
        (second.prepare("PRAGMA index_list(parent)").all() as { name: string; origin: string }[]).filter((i) => i.origin === "c").map((i) => i.name).sort(),
        ["parent_code", "parent_name"],
      );
    } finally {
      d.close();
    }
  });
});


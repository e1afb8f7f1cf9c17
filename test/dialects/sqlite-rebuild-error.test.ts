/**
 * A constraint that fails while a rebuild copies the rows (NOT NULL over a
 * row holding NULL) is reported with the user's table, not the rebuild's
 * temporary `_athanor_rebuild_<table>`, and says what to do; nothing of the
 * revision stays. Through the CLI, as a user runs it.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MigrationProject } from "../support/project.js";

describe("SQLite: a row that breaks NOT NULL during a rebuild", () => {
  const p = new MigrationProject("sqlite:./app.db");
  after(() => p.cleanup());
  p.rev("a1000001", null, {
    up: `  await op.createTable("items", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "qty", type: t.integer() }] });
  await op.execute("INSERT INTO items (id, qty) VALUES (1, NULL), (2, 5)");`,
    down: `  await op.dropTable("items");`,
  });
  p.rev("b2000002", "a1000001", { up: `  await op.alterColumn("items", "qty", { nullable: false });` });

  test("one line naming items.qty and the fix; the table is as it was", () => {
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? "", /b2000002.*failed: NOT NULL constraint failed: items\.qty \(while copying the rows of items into its rebuilt table: a row holds NULL/);
    assert.match(errors[0] ?? "", /fill those rows first, with op\.execute\("UPDATE …"\)/);
    assert.doesNotMatch(errors[0]?.split("; statement:")[0] ?? "", /_athanor_rebuild_/);
    const db = new Database(join(p.dir, "app.db"), { readonly: true });
    try {
      assert.match((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'items'").get() as { sql: string }).sql, /"qty" INTEGER\s*\)/);
      assert.deepEqual(db.prepare("SELECT id, qty FROM items ORDER BY id").all(), [{ id: 1, qty: null }, { id: 2, qty: 5 }]);
    } finally {
      db.close();
    }
  });
});

describe("SQLite: rebuild errors name the user's table in full", () => {
  const p = new MigrationProject("sqlite:./app.db");
  after(() => p.cleanup());
  p.rev("a1000001", null, {
    up: `  await op.createTable("my table.v2", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "qty", type: t.integer() }] });
  await op.execute('INSERT INTO "my table.v2" (id, qty) VALUES (1, NULL)');
  await op.createTable("items", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "qty", type: t.integer() }] });
  await op.createTable("_athanor_rebuild_items", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
    down: `  await op.dropTable("_athanor_rebuild_items");
  await op.dropTable("items");
  await op.dropTable("my table.v2");`,
  });
  p.rev("b2000002", "a1000001", { up: `  await op.alterColumn("my table.v2", "qty", { nullable: false });` });
  p.rev("c3000003", "a1000001", { up: `  await op.alterColumn("items", "qty", { nullable: false });` });

  test("a NOT NULL failure in a table whose name holds a space and a dot", () => {
    const r = p.athanor("upgrade", "b2000002");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /NOT NULL constraint failed: my table\.v2\.qty \(while copying the rows of my table\.v2 into its rebuilt table/);
  });

  test("a table of the user's named like the rebuild's: said so, with what to do", () => {
    const r = p.athanor("upgrade", "c3000003");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /a table named _athanor_rebuild_items already exists, and Athanor rebuilds table items under that name: rename or drop that table first/);
  });
});

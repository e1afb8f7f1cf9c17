/**
 * SQLite STRICT tables take six type names only (INT, INTEGER, REAL, TEXT, BLOB, ANY). Autogenerate compares and
 * writes a model's column of such a table as the accepted type that holds its values (drizzle's `text({ length })`
 * is TEXT, a boolean INTEGER), so the revision runs and `check` is clean after it; a revision that names a refused
 * type fails in one line that says which types the table takes, and says the rebuilt table's CREATE failed, not
 * the copy of its rows. Through the CLI, as a user runs it.
 */
import assert from "node:assert/strict";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { REPO_ROOT } from "../support/cli.js";
import { MigrationProject } from "../support/project.js";

function strictTableIn(p: MigrationProject): void {
  const db = new Database(join(p.dir, "app.db"));
  try {
    db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INT, price REAL) STRICT; INSERT INTO items VALUES (1, 'a', 2, 1.5);");
  } finally {
    db.close();
  }
}

function schemaOf(p: MigrationProject): { sql: string; rows: unknown[] } {
  const db = new Database(join(p.dir, "app.db"), { readonly: true });
  try {
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'items'").get() as { sql: string }).sql;
    return { sql, rows: db.prepare("SELECT * FROM items ORDER BY id").all() };
  } finally {
    db.close();
  }
}

describe("SQLite STRICT tables: autogenerate writes types the table accepts", () => {
  const p = new MigrationProject("sqlite:./app.db", { models: ["./schema.ts"] });
  symlinkSync(join(REPO_ROOT, "node_modules"), join(p.dir, "node_modules"), "dir");
  after(() => p.cleanup());

  test("a drizzle model with text({ length }), boolean, timestamp and numeric columns: upgrade runs, check is clean, downgrade restores", () => {
    strictTableIn(p);
    writeFileSync(
      join(p.dir, "schema.ts"),
      `import { sqliteTable, integer, text, real, numeric } from "drizzle-orm/sqlite-core";
export const items = sqliteTable("items", {
  id: integer("id").primaryKey(),
  name: text("name", { length: 50 }).notNull(),
  qty: integer("qty"),
  price: real("price"),
  note: text("note", { length: 20 }),
  active: integer("active", { mode: "boolean" }),
  amount: numeric("amount"),
});
`,
    );
    assert.equal(p.athanor("stamp", "base").code, 0);
    const gen = p.athanor("revision", "--autogenerate", "-m", "widen");
    assert.equal(gen.code, 0, gen.stderr);
    // one warning per column written with another type than the model's, none for name (already TEXT)
    assert.match(gen.stderr, /items\.note: table items accepts only the types INT, INTEGER, REAL, TEXT, BLOB, ANY; the model's text\(20\) is written as text/);
    assert.match(gen.stderr, /items\.amount: .* the model's numeric is written as ANY/);
    assert.doesNotMatch(gen.stderr, /items\.name:/);
    const up = p.athanor("upgrade", "head");
    assert.equal(up.code, 0, up.stderr);
    const chk = p.athanor("check");
    assert.equal(chk.code, 0, chk.stdout + chk.stderr);
    assert.match(schemaOf(p).sql, /"note" TEXT,\s*"active" INTEGER,\s*"amount" ANY\s*\)\s*STRICT/);
    const down = p.athanor("downgrade", "base");
    assert.equal(down.code, 0, down.stderr);
    const after = schemaOf(p);
    assert.match(after.sql, /qty INT, price REAL\)\s*STRICT$|price REAL\s*\)\s*STRICT$/);
    assert.deepEqual(after.rows, [{ id: 1, name: "a", qty: 2, price: 1.5 }]);
  });
});

describe("SQLite STRICT tables: a revision naming a type the table refuses", () => {
  const p = new MigrationProject("sqlite:./app.db");
  after(() => p.cleanup());

  test("a rebuild (alterColumn) fails in one line saying the rebuilt table's CREATE failed and which types are accepted", () => {
    strictTableIn(p);
    p.rev("a1000001", null, { up: `  await op.alterColumn("items", "name", { type: t.varchar(50) });` });
    assert.equal(p.athanor("stamp", "base").code, 0);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? "", /unknown datatype for items\.name: "VARCHAR\(50\)" \(while creating the rebuilt table of items\): a STRICT table accepts only the types INT, INTEGER, REAL, TEXT, BLOB and ANY/);
    assert.doesNotMatch(errors[0] ?? "", /copying the rows/);
    assert.deepEqual(schemaOf(p).rows, [{ id: 1, name: "a", qty: 2, price: 1.5 }]);
  });

  test("an addColumn (no rebuild) says the same", () => {
    p.rev("a1000001", null, { up: `  await op.addColumn("items", { name: "created", type: t.timestamp() });` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /unknown datatype for items\.created: "TIMESTAMP": a STRICT table accepts only the types INT, INTEGER, REAL, TEXT, BLOB and ANY/);
  });
});

/**
 * Autogenerate on SQLite, in process on a temporary database file: a
 * drizzle `sqliteTable` schema and a `table()` schema are compared with an
 * empty database, the operations autogenerate finds are applied (rendered
 * through the renderer's session, as the runtime does), and the same models
 * then compare clean; an edit made behind Athanor's back is found exactly.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sql as dsql } from "drizzle-orm";
import { check, foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { compare as compareWithDialect } from "../../src/autogenerate/compare/compare.js";
import { compare } from "../../src/autogenerate/index.js";
import { table } from "../../src/autogenerate/models/table.js";
import type { DatabaseConnection } from "../../src/dialects/dialect.js";
import { adoptConnection, dialectOfConnection } from "../../src/dialects/registry.js";
import { sqliteDrizzleReader } from "../../src/dialects/sqlite/drizzle-table.js";
import { betterSqlite3Driver, sqliteDialect } from "../../src/dialects/sqlite/index.js";
import type { Operation } from "../../src/operations/operation.js";
import { applySqliteOperations } from "./support/sqlite-apply.js";
import { renderOperationTs } from "../../src/operations/render-ts.js";
import { reverseOperation, reverseOrThrow } from "../../src/operations/reverse.js";
import { sql } from "../../src/schema/sql-expression.js";
import { t } from "../../src/schema/types-builder.js";
import { sqliteCorpus } from "../autogenerate/corpus-sqlite/corpus.js";
import { REPO_ROOT } from "../support/cli.js";
import * as drizzleSchema from "./fixtures/sqlite-drizzle-schema.js";
import { drizzleKitGenerate } from "../support/drizzle-kit.js";

const dir = mkdtempSync(join(tmpdir(), "athanor-sqlite-autogen-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function withDb(fn: (conn: DatabaseConnection) => Promise<void>): Promise<void> {
  const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, `db${++n}.db`)}` });
  try {
    await fn(conn);
  } finally {
    await conn.close();
  }
}

async function diff(models: unknown, conn: DatabaseConnection): Promise<{ operations: readonly Operation[]; warnings: readonly string[] }> {
  return compareWithDialect(models, conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
}

const kinds = (ops: readonly Operation[]) => ops.map((o) => o.kind).sort();

const authors = sqliteTable("authors", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull().default("anon"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  meta: text("meta", { mode: "json" }),
});

const posts = sqliteTable(
  "posts",
  {
    authorId: integer("author_id").notNull(),
    slug: text("slug").notNull(),
    score: real("score").default(0),
    createdAt: text("created_at").default(dsql`CURRENT_TIMESTAMP`),
  },
  (p) => [
    primaryKey({ columns: [p.authorId, p.slug] }),
    foreignKey({ name: "posts_author_fk", columns: [p.authorId], foreignColumns: [authors.id] }).onDelete("cascade"),
    index("posts_score_ix").on(p.score).where(dsql`${p.score} > 0`),
    uniqueIndex("posts_slug_uix").on(p.slug),
    check("posts_score_ck", dsql`${p.score} >= 0`),
  ],
);

describe("autogenerate on SQLite", () => {
  test("drizzle sqliteTable models: created from empty, then compare clean", async () => {
    await withDb(async (conn) => {
      const models = { authors, posts };
      const first = await diff(models, conn);
      assert.deepEqual(kinds(first.operations), ["createTable", "createTable"]);
      await applySqliteOperations(conn, first.operations);
      const again = await diff(models, conn);
      assert.deepEqual(again.operations, [], JSON.stringify(again.operations, null, 1));
    });
  });

  test("table() models with enums, json, defaults and checks compare clean after upgrade; an edit is found exactly", async () => {
    const models = {
      item: table("item", {
        columns: {
          id: { type: t.integer(), primaryKey: true, identity: "byDefault" },
          kind: { type: t.enum("kind", ["a", "b's"]), nullable: false, default: "a" },
          data: t.json(),
          price: { type: t.numeric(10, 2), default: 0 },
          label: { type: t.varchar(40), default: "it's" },
          at: { type: t.timestamp(), default: sql("CURRENT_TIMESTAMP") },
          score: { type: t.real(), default: sql("1 + 1") },
          doubled: { type: t.real(), generated: { expression: sql('"score" * 2'), stored: true } },
          tripled: { type: t.real(), generated: { expression: sql('"score" * 3'), stored: false } },
        },
        checks: [{ name: "item_price_ck", expression: '"price" >= 0' }],
        indexes: [{ name: "item_label_ix", columns: ["label"], where: sql('"label" IS NOT NULL') }],
      }),
    };
    await withDb(async (conn) => {
      await applySqliteOperations(conn, (await diff(models, conn)).operations);
      const clean = await diff(models, conn);
      assert.deepEqual(clean.operations, [], JSON.stringify(clean.operations, null, 1));
      assert.deepEqual(clean.warnings, []);
      await conn.exec('DROP INDEX "item_label_ix"');
      const edited = await diff(models, conn);
      assert.deepEqual(kinds(edited.operations), ["createIndex"]);
      // a table only the database has (a declared type no portable type names) is dropped, and its downgrade renders
      await conn.exec(`CREATE TABLE "extra" ("id" INTEGER PRIMARY KEY, "v" FLOAT8 NOT NULL)`);
      const extra = await diff(models, conn);
      const drop = extra.operations.find((o) => o.kind === "dropTable");
      assert.ok(drop && drop.kind === "dropTable" && drop.original, JSON.stringify(extra.operations));
      assert.deepEqual(drop.original.columns.find((c) => c.name === "v")?.type, { kind: "raw", sql: "FLOAT8" });
      const renderer = await sqliteDialect.renderer();
      const inverse = reverseOperation(drop);
      assert.ok(inverse.ok);
      assert.match(renderer.renderOperation(inverse.op).map((s) => s.sql).join(";"), /"v" FLOAT8 NOT NULL/);
    });
  });
});

/** `drizzle-kit generate` (offline, dialect sqlite) for a schema file: its statements. */
function drizzleKitSqlite(schemaFile: string): Promise<string[]> {
  return drizzleKitGenerate(readFileSync(schemaFile, "utf8"), { dialect: "sqlite" });
}

describe("unnamed table-level keys and checks written another way than Athanor writes them", () => {
  test("drizzle-kit's backquoted FOREIGN KEY and a tight CHECK(qty>0) are found and changed, data kept", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE \`parent\` (\`id\` integer PRIMARY KEY NOT NULL);
        CREATE TABLE \`child\` (\`id\` integer PRIMARY KEY NOT NULL, \`pid\` integer, qty INTEGER,
          FOREIGN KEY (\`pid\`) REFERENCES \`parent\`(\`id\`) ON UPDATE no action ON DELETE cascade, CHECK(qty>0));
        INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1, 5);`);
      const parent = table("parent", { columns: { id: { type: t.integer(), primaryKey: true } } });
      const child = table("child", {
        columns: {
          id: { type: t.integer(), primaryKey: true },
          pid: { type: t.integer(), references: { table: "parent", column: "id", onDelete: "set null" } },
          qty: t.integer(),
        },
      });
      const r = await diff([parent, child], conn);
      assert.deepEqual(kinds(r.operations), ["createForeignKey", "dropConstraint", "dropConstraint"]);
      await applySqliteOperations(conn, r.operations);
      assert.deepEqual((await diff([parent, child], conn)).operations, []);
      assert.deepEqual((await conn.query("SELECT id, pid, qty FROM child")).rows, [{ id: 1, pid: 1, qty: 5 }]);
    });
  });
});

describe("index keys written in more than one way compare clean", () => {
  test("a collation that is the column's own, drizzle's sql key ending in collate nocase, a WHERE with drizzle's qualifiers", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE, sku TEXT, price REAL);
        CREATE UNIQUE INDEX items_email ON items(email COLLATE NOCASE);
        CREATE INDEX items_sku_nocase ON items(sku COLLATE NOCASE);
        CREATE UNIQUE INDEX items_sku_part ON items(sku) WHERE sku IS NOT NULL AND price > 0;`);
      const items = sqliteTable(
        "items",
        { id: integer("id").primaryKey(), email: text("email").notNull(), sku: text("sku"), price: real("price") },
        (x) => [
          index("items_sku_nocase").on(dsql`${x.sku} collate nocase`),
          uniqueIndex("items_sku_part").on(x.sku).where(dsql`${x.sku} IS NOT NULL AND ${x.price} > 0`),
        ],
      );
      const own = table("items", {
        columns: { id: { type: t.integer(), primaryKey: true }, email: { type: t.sql("TEXT COLLATE NOCASE"), nullable: false }, sku: t.text(), price: t.real() },
        indexes: [
          { name: "items_email", columns: [{ column: "email", collation: "NOCASE" }], unique: true },
          { name: "items_sku_nocase", columns: [{ column: "sku", collation: "NOCASE" }] },
          { name: "items_sku_part", columns: ["sku"], unique: true, where: sql(`"items"."sku" IS NOT NULL AND price > 0`) },
        ],
      });
      const onlyIndexes = (ops: readonly Operation[]) => ops.filter((o) => o.kind === "createIndex" || o.kind === "dropIndex");
      assert.deepEqual(onlyIndexes((await diff([own], conn)).operations), [], "table() models");
      const fromDrizzle = onlyIndexes((await diff([items], conn)).operations).filter((o) => !("name" in o) || o.name !== "items_email");
      assert.deepEqual(fromDrizzle, [], "drizzle models");
    });
  });
});

describe("a key column declared without NOT NULL (SQLite lets it hold NULL)", () => {
  test("is not a change every check finds again: one warning, no alterColumn", async () => {
    await withDb(async (conn) => {
      await conn.exec("CREATE TABLE sessions (id TEXT PRIMARY KEY, v TEXT); CREATE TABLE pairs (a INTEGER, b INTEGER, PRIMARY KEY (a, b));");
      const sessions = sqliteTable("sessions", { id: text("id").primaryKey(), v: text("v") });
      const pairs = table("pairs", { columns: { a: t.integer(), b: t.integer() }, primaryKey: { columns: ["a", "b"] } });
      const r = await diff([sessions, pairs], conn);
      assert.deepEqual(r.operations, []);
      for (const c of ["sessions.id", "pairs.a", "pairs.b"]) {
        assert.equal(r.warnings.filter((w) => w.startsWith(`${c}: the database's key column accepts NULL`)).length, 1, r.warnings.join("\n"));
      }
    });
  });
});

describe("drizzle sqliteTable models against a database drizzle-kit built", () => {
  test("drizzle-kit generate + run, then compare finds nothing", async () => {
    const statements = await drizzleKitSqlite(join(REPO_ROOT, "test/dialects/fixtures/sqlite-drizzle-schema.ts"));
    await withDb(async (conn) => {
      for (const s of statements) await conn.exec(s);
      const r = await diff(drizzleSchema, conn);
      assert.deepEqual(r.operations, [], JSON.stringify(r.operations, null, 1));
    });
  });
});

describe("drizzle's autoIncrement, as drizzle-kit writes it", () => {
  test("the table Athanor creates from the fixture has AUTOINCREMENT where drizzle-kit's has it", async () => {
    const kit = await drizzleKitSqlite(join(REPO_ROOT, "test/dialects/fixtures/sqlite-drizzle-schema.ts"));
    const withAutoincrement = (sqls: string[]) =>
      sqls
        .filter((s) => /AUTOINCREMENT/i.test(s))
        .map((s) => /CREATE TABLE [`"]?(\w+)/i.exec(s)?.[1])
        .sort();
    await withDb(async (conn) => {
      await applySqliteOperations(conn, (await diff(drizzleSchema, conn)).operations);
      const made = await conn.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table'");
      assert.deepEqual(withAutoincrement(made.rows.map((r) => r.sql)), withAutoincrement(kit));
      assert.ok(withAutoincrement(kit).length > 0, "the fixture has an autoIncrement key");
    });
  });
});

describe("what autogenerate finds on SQLite", () => {
  test("type, nullability, default, enum values, check, foreign key action and index predicate changes", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "p" ("id" INTEGER PRIMARY KEY)`);
      await conn.exec(`CREATE TABLE "item" (
        "id" INTEGER PRIMARY KEY,
        "name" VARCHAR(20) NOT NULL DEFAULT 'x',
        "kind" TEXT CONSTRAINT "item_kind_enum" CHECK ("kind" IN ('a')),
        "p_id" INTEGER CONSTRAINT "item_p_fk" REFERENCES "p" ("id") ON DELETE CASCADE,
        "same" numeric (10,2) DEFAULT (0),
        CONSTRAINT "item_id_ck" CHECK ("id" > 0)
      )`);
      await conn.exec(`CREATE INDEX "item_name_ix" ON "item" ("name") WHERE "name" <> ''`);
      const models = {
        p: table("p", { columns: { id: { type: t.integer(), primaryKey: true } } }),
        item: table("item", {
          columns: {
            id: { type: t.integer(), primaryKey: true },
            name: { type: t.varchar(40), default: "y" },
            kind: t.enum("kind", ["a", "b"]),
            p_id: { type: t.integer(), references: { table: "p", column: "id", name: "item_p_fk", onDelete: "set null" } },
            same: { type: t.numeric(10, 2), default: 0 },
          },
          checks: [{ name: "item_id_ck", expression: '"id" > 1' }],
          indexes: [{ name: "item_name_ix", columns: ["name"], where: sql(`"name" != ''`) }],
        }),
      };
      const r = await diff(models, conn);
      const text = JSON.stringify(r.operations, null, 1);
      const alters = r.operations.filter((o) => o.kind === "alterColumn").map((o) => (o as { column: string }).column).sort();
      assert.deepEqual(alters, ["kind", "name"], text);
      const name = r.operations.find((o) => o.kind === "alterColumn" && o.column === "name") as unknown as Record<string, unknown>;
      assert.deepEqual([name.type, name.nullable, name.default], [t.varchar(40), true, "y"], text);
      const kind = r.operations.find((o) => o.kind === "alterColumn" && o.column === "kind") as unknown as Record<string, unknown>;
      assert.deepEqual(kind.type, t.enum("kind", ["a", "b"]), text);
      // the foreign key's action and the check's expression changed: dropped and created again; the index is the same
      const drops = r.operations.filter((o) => o.kind === "dropConstraint").map((o) => (o as { name: string }).name).sort();
      assert.deepEqual(drops, ["item_id_ck", "item_p_fk"], text);
      assert.equal(r.operations.filter((o) => o.kind === "createIndex" || o.kind === "dropIndex").length, 0, text);
      assert.deepEqual(r.warnings, []);
      // and applied, they leave nothing to find
      await applySqliteOperations(conn, r.operations);
      const again = await diff(models, conn);
      assert.deepEqual(again.operations, [], JSON.stringify(again.operations, null, 1));
    });
  });
});

describe("SQLite autogenerate corpus: DDL as a SQLite user writes it, the equivalent models compare clean", () => {
  for (const entry of sqliteCorpus) {
    test(entry.name, async () => {
      await withDb(async (conn) => {
        for (const s of entry.ddl) await conn.exec(s);
        // an FTS5 table and its shadow tables are not models' business
        await conn.exec("CREATE VIRTUAL TABLE search USING fts5(body)");
        const r = await diff(entry.models, conn);
        assert.deepEqual(r.operations, [], JSON.stringify(r.operations, null, 1));
        assert.deepEqual(r.warnings, []);
      });
    });
  }
});

describe("constraints SQLite keeps no name for", () => {
  test("an unnamed CHECK and UNIQUE the models lost: dropped by definition, rows kept, downgrade restores them, compare clean", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "items" ("id" INTEGER PRIMARY KEY, "qty" INTEGER CHECK ("qty" > 0), "code" TEXT, UNIQUE ("code"))`);
      await conn.exec(`INSERT INTO "items" VALUES (1, 5, 'a')`);
      const models = { items: table("items", { columns: { id: { type: t.integer(), primaryKey: true }, qty: t.integer(), code: t.text() } }) };
      const r = await diff(models, conn);
      const drops = r.operations.filter((o): o is Extract<Operation, { kind: "dropConstraint" }> => o.kind === "dropConstraint");
      assert.equal(drops.length, 2, JSON.stringify(r.operations));
      for (const d of drops) {
        assert.equal(d.name, undefined, "no empty name");
        assert.ok(d.original && !("name" in d.original), JSON.stringify(d));
      }
      assert.deepEqual(drops.map((d) => renderOperationTs(d)).sort(), [
        'op.dropConstraint(null, "items", { constraintType: "check", original: { kind: "createCheckConstraint", table: "items", expression: "\\"qty\\" > 0" } })',
        'op.dropConstraint(null, "items", { constraintType: "unique", original: { kind: "createUniqueConstraint", table: "items", columns: ["code"] } })',
      ]);
      await applySqliteOperations(conn, r.operations);
      await conn.exec(`INSERT INTO "items" VALUES (2, -1, 'a')`); // both constraints are gone
      assert.deepEqual((await diff(models, conn)).operations, []);
      await conn.exec(`DELETE FROM "items" WHERE "id" = 2`);
      await applySqliteOperations(conn, [...r.operations].reverse().map((o) => reverseOrThrow(o)));
      const back = await conn.query<{ sql: string }>(`SELECT sql FROM sqlite_master WHERE name = 'items'`);
      assert.match(back.rows[0]?.sql ?? "", /CHECK \("qty" > 0\)/);
      assert.match(back.rows[0]?.sql ?? "", /UNIQUE \("code"\)/);
      assert.deepEqual((await conn.query(`SELECT * FROM "items"`)).rows, [{ id: 1, qty: 5, code: "a" }]);
    });
  });
});

describe("a connection Athanor's SQLite driver opened", () => {
  test("says its dialect: compare() without one reads it as SQLite, and the registry adopts it as SQLite", async () => {
    await withDb(async (conn) => {
      assert.equal(conn.dialect, "sqlite");
      assert.equal(dialectOfConnection(conn), sqliteDialect);
      await conn.exec(`CREATE TABLE "items" ("id" INTEGER PRIMARY KEY)`);
      const r = await compare({ items: table("items", { columns: { id: { type: t.integer(), primaryKey: true }, name: t.text() } }) }, conn);
      assert.deepEqual(
        r.operations.map((o) => o.kind),
        ["addColumn"],
      );
      const adopted = await adoptConnection(conn);
      assert.equal(adopted?.dialect, sqliteDialect);
    });
  });
});

/*
 * Found by the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/), each on a pattern a real
 * schema there uses.
 */
describe("found by the SQLite real-schema corpus", () => {
  test("an index the models dropped: the downgrade creates it again (SQLite has no NULLS clause; it was refused)", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "article" ("id" INTEGER PRIMARY KEY, "headline" TEXT, "at" INTEGER)`);
      await conn.exec(`CREATE INDEX "headline_idx" ON "article" ("headline")`);
      await conn.exec(`CREATE INDEX "at_desc_idx" ON "article" ("at" DESC, "headline")`);
      await conn.exec(`INSERT INTO "article" VALUES (1, 'a', 10), (2, NULL, NULL)`);
      const models = { article: table("article", { columns: { id: { type: t.integer(), primaryKey: true }, headline: t.text(), at: t.integer() } }) };
      const r = await diff(models, conn);
      assert.deepEqual(kinds(r.operations), ["dropIndex", "dropIndex"]);
      const reverse = [...r.operations].reverse().map((o) => reverseOrThrow(o));
      // what the revision's downgrade says: no `nulls` (it read `nulls: "first"`, which the renderer refuses)
      assert.deepEqual(reverse.map((o) => renderOperationTs(o)).sort(), [
        'op.createIndex("at_desc_idx", "article", [{ column: "at", order: "desc" }, "headline"])',
        'op.createIndex("headline_idx", "article", ["headline"])',
      ]);
      await applySqliteOperations(conn, r.operations);
      await applySqliteOperations(conn, reverse);
      const back = await conn.query<{ name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`);
      assert.deepEqual(back.rows, [
        { name: "at_desc_idx", sql: 'CREATE INDEX "at_desc_idx" ON "article" ("at" DESC, "headline")' },
        { name: "headline_idx", sql: 'CREATE INDEX "headline_idx" ON "article" ("headline")' },
      ]);
      await conn.exec(`DROP INDEX "headline_idx"`);
      await conn.exec(`DROP INDEX "at_desc_idx"`);
      assert.deepEqual((await diff(models, conn)).operations, []);
    });
  });

  test("a table dropped whose TEXT key accepts NULL (SQLite's legacy, Synapse's schema): the downgrade creates it again, NOT NULL", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "destinations" ("destination" TEXT PRIMARY KEY, "retry_last_ts" BIGINT)`);
      await conn.exec(`CREATE TABLE "kept" ("id" INTEGER PRIMARY KEY)`);
      const models = { kept: table("kept", { columns: { id: { type: t.integer(), primaryKey: true } } }) };
      const r = await diff(models, conn);
      assert.deepEqual(kinds(r.operations), ["dropTable"]);
      const reverse = [...r.operations].reverse().map((o) => reverseOrThrow(o));
      assert.doesNotMatch(renderOperationTs(reverse[0]!), /nullable/);
      await applySqliteOperations(conn, r.operations);
      await applySqliteOperations(conn, reverse);
      const cols = await conn.query<{ name: string; notnull: number; pk: number }>(`SELECT name, "notnull", pk FROM pragma_table_info('destinations')`);
      assert.deepEqual(cols.rows, [
        { name: "destination", notnull: 1, pk: 1 },
        { name: "retry_last_ts", notnull: 0, pk: 0 },
      ]);
    });
  });

  test("a column whose name changes only in case: renamed (SQLite's names fold case), not dropped with its data", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "Email" TEXT)`);
      await conn.exec(`INSERT INTO "users" VALUES (1, 'a@b')`);
      const models = { users: table("users", { columns: { id: { type: t.integer(), primaryKey: true }, EMAIL: t.text() } }) };
      const r = await diff(models, conn);
      assert.deepEqual(r.operations.map((o) => renderOperationTs(o)), ['op.alterColumn("users", "Email", { newName: "EMAIL" })']);
      await applySqliteOperations(conn, r.operations);
      assert.deepEqual((await conn.query(`SELECT * FROM "users"`)).rows, [{ id: 1, EMAIL: "a@b" }]);
      assert.deepEqual((await diff(models, conn)).operations, []);
    });
  });

  test("a table whose name changes only in case: renamed (SQLite's names fold case), not created and dropped (SQLite refused the create)", async () => {
    await withDb(async (conn) => {
      await conn.exec(`CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "email" TEXT)`);
      await conn.exec(`CREATE INDEX "ix_email" ON "users" ("email")`);
      await conn.exec(`CREATE TABLE "orders" ("id" INTEGER PRIMARY KEY, "user_id" INTEGER REFERENCES "users" ("id"))`);
      await conn.exec(`INSERT INTO "users" VALUES (1, 'a@b')`);
      await conn.exec(`INSERT INTO "orders" VALUES (1, 1)`);
      const models = {
        users: table("Users", { columns: { id: { type: t.integer(), primaryKey: true }, email: t.text() }, indexes: [{ name: "ix_email", columns: ["email"] }] }),
        orders: table("ORDERS", { columns: { id: { type: t.integer(), primaryKey: true }, user_id: { type: t.integer(), references: { table: "Users", column: "id" } } } }),
      };
      const r = await diff(models, conn);
      assert.deepEqual(r.operations.map((o) => renderOperationTs(o)).sort(), ['op.renameTable("orders", "ORDERS")', 'op.renameTable("users", "Users")']);
      await applySqliteOperations(conn, r.operations);
      assert.deepEqual((await conn.query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)).rows, [{ name: "ORDERS" }, { name: "Users" }]);
      assert.deepEqual((await conn.query(`SELECT * FROM "Users"`)).rows, [{ id: 1, email: "a@b" }]);
      assert.deepEqual((await diff(models, conn)).operations, []);
    });
  });

  // a generated column whose expression names another column of its own table (seen in open-source schemas)
  const tags = sqliteTable("tags", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    normalized: text("normalized").generatedAlwaysAs((): ReturnType<typeof dsql> => dsql`lower(replace(${tags.name}, ' ', ''))`, { mode: "virtual" }),
  }, (tb) => [index("tags_normalized_idx").on(tb.normalized), index("tags_lower_name_idx").on(dsql`lower(${tb.name})`)]);

  test("a drizzle generated column naming its own table's column: the table is created (SQLite refuses \"t\".\"c\" there) and compares clean", async () => {
    await withDb(async (conn) => {
      const first = await diff({ tags }, conn);
      await applySqliteOperations(conn, first.operations);
      const created = await conn.query<{ sql: string }>(`SELECT sql FROM sqlite_master WHERE name IN ('tags', 'tags_lower_name_idx') ORDER BY name`);
      assert.match(created.rows[0]?.sql ?? "", /GENERATED ALWAYS AS \(lower\(replace\("name", ' ', ''\)\)\) VIRTUAL/);
      assert.match(created.rows[1]?.sql ?? "", /ON "tags" \(lower\("name"\)\)/);
      await conn.exec(`INSERT INTO "tags" ("id", "name") VALUES ('t1', 'Read Later')`);
      assert.deepEqual((await conn.query(`SELECT "normalized" FROM "tags"`)).rows, [{ normalized: "readlater" }]);
      assert.deepEqual((await diff({ tags }, conn)).operations, []);
    });
  });

  test("foreignKey({ name }) matches the unnamed foreign key drizzle-kit writes on SQLite", async () => {
    const lists = sqliteTable("lists", { id: text("id").primaryKey(), userId: text("userId").notNull() }, (l) => [uniqueIndex("lists_user_id_uix").on(l.userId, l.id)]);
    const rules = sqliteTable("rules", { id: text("id").primaryKey(), userId: text("userId").notNull(), listId: text("listId") }, (r) => [
      foreignKey({ columns: [r.userId, r.listId], foreignColumns: [lists.userId, lists.id], name: "rules_userId_listId_fk" }).onDelete("cascade"),
    ]);
    await withDb(async (conn) => {
      // as drizzle-kit 0.31 writes them
      await conn.exec("CREATE TABLE `lists` (`id` text PRIMARY KEY NOT NULL, `userId` text NOT NULL)");
      await conn.exec("CREATE UNIQUE INDEX `lists_user_id_uix` ON `lists` (`userId`,`id`)");
      await conn.exec(
        "CREATE TABLE `rules` (`id` text PRIMARY KEY NOT NULL, `userId` text NOT NULL, `listId` text, FOREIGN KEY (`userId`,`listId`) REFERENCES `lists`(`userId`,`id`) ON UPDATE no action ON DELETE cascade)",
      );
      const r = await diff({ lists, rules }, conn);
      assert.deepEqual(r.operations, [], JSON.stringify(r.operations));
    });
  });
});

/*
 * Found beside the corpus, probing drizzle's SQLite column modes (an integer timestamp with a Date default):
 * a JS value default is the value drizzle stores for it, as on PostgreSQL (drizzle-driver-defaults.test.ts).
 */
describe("drizzle JS-value defaults on SQLite", () => {
  test("integer({ mode: \"timestamp\" | \"timestamp_ms\" }).default(new Date(...)): the integer drizzle stores, not a date text", async () => {
    const at = new Date("2023-03-01T12:47:29.792Z");
    const events = sqliteTable("events", {
      id: integer("id").primaryKey(),
      startsAt: integer("starts_at", { mode: "timestamp" }).notNull().default(at),
      startsAtMs: integer("starts_at_ms", { mode: "timestamp_ms" }).notNull().default(at),
    });
    await withDb(async (conn) => {
      await applySqliteOperations(conn, (await diff({ events }, conn)).operations);
      const cols = await conn.query<{ name: string; dflt_value: string }>(`SELECT name, dflt_value FROM pragma_table_info('events') WHERE name LIKE 'starts%'`);
      assert.deepEqual(cols.rows, [
        { name: "starts_at", dflt_value: "1677674849" },
        { name: "starts_at_ms", dflt_value: "1677674849792" },
      ]);
      // a row inserted without them reads back, through drizzle's own mapping, as the Date the model gave
      await conn.exec(`INSERT INTO "events" ("id") VALUES (1)`);
      const row = (await conn.query<{ starts_at: number; starts_at_ms: number }>(`SELECT starts_at, starts_at_ms FROM "events"`)).rows[0]!;
      assert.equal(new Date(row.starts_at * 1000).toISOString(), "2023-03-01T12:47:29.000Z");
      assert.equal(new Date(row.starts_at_ms).toISOString(), at.toISOString());
      assert.deepEqual((await diff({ events }, conn)).operations, []);
    });
    // drizzle-kit 0.31 writes these defaults as the Date's JSON text (`DEFAULT '"2023-03-01T12:47:29.000Z"'`), which
    // drizzle reads back as an Invalid Date: a legitimate difference, which compare reports
    await withDb(async (conn) => {
      await conn.exec(
        "CREATE TABLE `events` (`id` integer PRIMARY KEY NOT NULL, `starts_at` integer DEFAULT '\"2023-03-01T12:47:29.000Z\"' NOT NULL, `starts_at_ms` integer DEFAULT '\"2023-03-01T12:47:29.792Z\"' NOT NULL)",
      );
      const r = await diff({ events }, conn);
      assert.deepEqual(
        r.operations.map((o) => (o.kind === "alterColumn" ? `${o.kind} ${o.column} ${JSON.stringify(o.default)}` : o.kind)),
        ["alterColumn starts_at 1677674849", "alterColumn starts_at_ms 1677674849792"],
      );
    });
  });

  // `.default(new Date())` on integer timestamps, an idiom seen in open-source schemas (which later moved to
  // sql`unixepoch()`)
  test(".default(new Date()) is said to be a fixed date, and $defaultFn/$onUpdate to be client-side, as on PostgreSQL", async () => {
    const ledgerEntry = sqliteTable("ledger_entry", {
      id: integer("id").primaryKey(),
      createdAt: integer("created_at", { mode: "timestamp" }).default(new Date()).notNull(),
      ref: text("ref").$defaultFn(() => "r"),
      updatedAt: integer("updated_at", { mode: "timestamp" }).$onUpdate(() => new Date()),
    });
    await withDb(async (conn) => {
      const r = await diff({ ledgerEntry }, conn);
      assert.deepEqual(kinds(r.operations), ["createTable"]);
      assert.deepEqual(r.warnings, [
        "ledger_entry.created_at: .default(new Date()) is the moment the models were loaded, a fixed date, not the time of each insert: every revision --autogenerate and check loads another one and finds the default changed; for the time of the insert use .default(sql`(unixepoch())`) (seconds; timestamp_ms: sql`(cast(unixepoch('subsec') * 1000 as integer))`, SQLite 3.42+) or $defaultFn(() => new Date())",
        "drizzle $defaultFn/$default is client-side only: drizzle fills the value in its inserts, the database column gets no default (rows inserted another way get NULL or fail NOT NULL); columns: ledger_entry.ref",
        "drizzle $onUpdateFn/$onUpdate is client-side only: drizzle sets the value in its updates, the database has no trigger for it (Athanor creates none); columns: ledger_entry.updated_at",
      ]);
    });
  });
});

describe("drizzle's casing on SQLite (the `casing` setting)", () => {
  test("columns named by their keys are converted, in keys, indexes, foreign keys and SQL, as drizzle-kit does", () => {
    const orgs = sqliteTable("org", { id: text().primaryKey(), founderId: text().notNull() });
    const invites = sqliteTable(
      "org_invite",
      {
        id: text().primaryKey(),
        orgId: text().notNull().references(() => orgs.id, { onDelete: "cascade" }),
        address: text("Address").notNull(),
        redeemedAt: integer({ mode: "timestamp" }),
      },
      (t) => [uniqueIndex("open_invite_uix").on(t.orgId, t.address).where(dsql`${t.redeemedAt} IS NULL`)],
    );
    const def = sqliteDrizzleReader.fromTable(invites, () => {}, undefined, { casing: "snake_case" });
    assert.deepEqual(def.columns.map((c) => c.name), ["id", "org_id", "Address", "redeemed_at"]);
    assert.deepEqual(def.foreignKeys?.map((fk) => [fk.columns, fk.refTable, fk.refColumns]), [[["org_id"], "org", ["id"]]]);
    const ix = def.indexes?.[0];
    assert.deepEqual(ix?.columns, ["org_id", "Address"]);
    assert.equal(ix?.where === undefined ? undefined : (ix.where as { sql: string }).sql, '"org_invite"."redeemed_at" IS NULL');
  });
});


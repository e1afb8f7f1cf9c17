/**
 * SQLite corpus: schemas written the way a SQLite user writes DDL (raw SQL,
 * any case and spacing, unnamed constraints, column and table constraints),
 * each paired with the Athanor models that describe it. Built on an empty
 * database file, the models must compare clean.
 */
import { sql } from "../../../src/schema/sql-expression.js";
import { defineTable, type TableDefinition } from "../../../src/schema/table.js";
import { t } from "../../../src/schema/types-builder.js";

export interface SqliteCorpusEntry {
  readonly name: string;
  readonly ddl: readonly string[];
  readonly models: readonly TableDefinition[];
}

export const sqliteCorpus: readonly SqliteCorpusEntry[] = [
  {
    name: "portable types, spellings and defaults",
    ddl: [
      `create table everything (
        id integer primary key,
        s smallint, i INTEGER, b bigint not null, flag boolean not null default 0, body text,
        name varchar (255) NOT NULL DEFAULT 'it''s', code char(3), price numeric(10,2) default 0.5, whole NUMERIC,
        r real default -1, d double precision, day date, at time, created timestamp default current_timestamp,
        seen timestamptz(3), uid uuid, doc text check (json_valid(doc)), data blob, n integer default (1 + 1),
        mood text not null constraint everything_mood_enum check (mood in ('sad', 'ok')) default 'ok'
      )`,
    ],
    models: [
      defineTable("everything", {
        columns: [
          { name: "id", type: t.integer(), primaryKey: true },
          { name: "s", type: t.smallint() },
          { name: "i", type: t.integer() },
          { name: "b", type: t.bigint(), nullable: false },
          { name: "flag", type: t.boolean(), nullable: false, default: false },
          { name: "body", type: t.text() },
          { name: "name", type: t.varchar(255), nullable: false, default: "it's" },
          { name: "code", type: t.char(3) },
          { name: "price", type: t.numeric(10, 2), default: 0.5 },
          { name: "whole", type: t.numeric() },
          { name: "r", type: t.real(), default: -1 },
          { name: "d", type: t.double() },
          { name: "day", type: t.date() },
          { name: "at", type: t.time() },
          { name: "created", type: t.timestamp(), default: sql("CURRENT_TIMESTAMP") },
          { name: "seen", type: t.timestamptz(3) },
          { name: "uid", type: t.uuid() },
          { name: "doc", type: t.json() },
          { name: "data", type: t.bytea() },
          { name: "n", type: t.integer(), default: sql("1+1") },
          { name: "mood", type: t.enum("mood", ["sad", "ok"]), nullable: false, default: "ok" },
        ],
      }),
    ],
  },
  {
    name: "keys and constraints, named and unnamed, column and table level",
    ddl: [
      `CREATE TABLE "org" ("id" INTEGER PRIMARY KEY, "code" TEXT NOT NULL UNIQUE)`,
      `CREATE TABLE member (
        org_id INTEGER NOT NULL REFERENCES org ON DELETE CASCADE,
        user_name TEXT NOT NULL,
        boss_org INTEGER, boss_name TEXT,
        age INTEGER CHECK (age >= 0),
        CONSTRAINT member_pk PRIMARY KEY (org_id, user_name),
        CONSTRAINT member_boss_fk FOREIGN KEY (boss_org, boss_name) REFERENCES member (org_id, user_name) ON UPDATE SET NULL,
        UNIQUE (user_name, age),
        CONSTRAINT member_name_ck CHECK (length(user_name) > 0)
      )`,
    ],
    models: [
      defineTable("org", {
        columns: [
          { name: "id", type: t.integer(), primaryKey: true },
          { name: "code", type: t.text(), nullable: false, unique: true },
        ],
      }),
      defineTable("member", {
        columns: [
          { name: "org_id", type: t.integer(), nullable: false, references: { table: "org", column: "id", onDelete: "cascade" } },
          { name: "user_name", type: t.text(), nullable: false },
          { name: "boss_org", type: t.integer() },
          { name: "boss_name", type: t.text() },
          { name: "age", type: t.integer() },
        ],
        primaryKey: { name: "member_pk", columns: ["org_id", "user_name"] },
        foreignKeys: [
          { name: "member_boss_fk", columns: ["boss_org", "boss_name"], refTable: "member", refColumns: ["org_id", "user_name"], onUpdate: "set null" },
        ],
        uniques: [{ columns: ["user_name", "age"] }],
        checks: [{ expression: '"age" >= 0' }, { name: "member_name_ck", expression: 'length("user_name") > 0' }],
      }),
    ],
  },
  {
    name: "indexes: order, expressions, collations, partial, unique",
    ddl: [
      `CREATE TABLE doc (id INTEGER PRIMARY KEY, title TEXT, at TIMESTAMP, n INTEGER)`,
      `CREATE INDEX doc_at_desc ON doc (at DESC, n)`,
      `CREATE INDEX doc_lower_title ON doc (lower(title))`,
      `CREATE INDEX doc_title_nocase ON doc (title COLLATE NOCASE)`,
      `create unique index doc_n_live on doc (n) where n is not null and at > '2020-01-01'`,
    ],
    models: [
      defineTable("doc", {
        columns: [
          { name: "id", type: t.integer(), primaryKey: true },
          { name: "title", type: t.text() },
          { name: "at", type: t.timestamp() },
          { name: "n", type: t.integer() },
        ],
        indexes: [
          { name: "doc_at_desc", columns: [{ column: "at", order: "desc" }, "n"] },
          { name: "doc_lower_title", columns: [{ expression: "lower(title)" }] },
          { name: "doc_title_nocase", columns: [{ column: "title", collation: "NOCASE" }] },
          { name: "doc_n_live", columns: ["n"], unique: true, where: sql(`"n" IS NOT NULL AND "at" > '2020-01-01'`) },
        ],
      }),
    ],
  },
  {
    // Prisma Migrate's SQLite DDL (prisma/migrations/*/migration.sql): quoted
    // PascalCase names, DATETIME, DECIMAL (NUMERIC to Athanor: one type, as in
    // Alembic's type synonyms), BOOLEAN defaults as true/false, AUTOINCREMENT,
    // `<Model>_<field>_key` unique indexes and the implicit m:n join table.
    name: "a schema as Prisma Migrate writes it",
    ddl: [
      `CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true
)`,
      `CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" INTEGER NOT NULL,
    "price" DECIMAL NOT NULL DEFAULT 0.0,
    "total" DECIMAL(10, 2),
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
)`,
      `CREATE TABLE "_PostToUser" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
)`,
      `CREATE UNIQUE INDEX "User_email_key" ON "User"("email")`,
      `CREATE UNIQUE INDEX "_PostToUser_AB_unique" ON "_PostToUser"("A", "B")`,
      `CREATE INDEX "_PostToUser_B_index" ON "_PostToUser"("B")`,
    ],
    models: [
      defineTable("User", {
        columns: [
          { name: "id", type: t.integer(), primaryKey: true, sqlite: { autoincrement: true } },
          { name: "email", type: t.text(), nullable: false },
          { name: "createdAt", type: t.sql("DATETIME"), nullable: false, default: sql("CURRENT_TIMESTAMP") },
          { name: "active", type: t.boolean(), nullable: false, default: true },
        ],
        indexes: [{ name: "User_email_key", columns: ["email"], unique: true }],
      }),
      defineTable("Post", {
        columns: [
          { name: "id", type: t.text(), primaryKey: true },
          { name: "authorId", type: t.integer(), nullable: false },
          { name: "price", type: t.numeric(), nullable: false, default: sql("0.0") },
          { name: "total", type: t.numeric(10, 2) },
        ],
        foreignKeys: [
          { name: "Post_authorId_fkey", columns: ["authorId"], refTable: "User", refColumns: ["id"], onDelete: "restrict", onUpdate: "cascade" },
        ],
      }),
      defineTable("_PostToUser", {
        columns: [
          { name: "A", type: t.text(), nullable: false },
          { name: "B", type: t.integer(), nullable: false },
        ],
        foreignKeys: [
          { name: "_PostToUser_A_fkey", columns: ["A"], refTable: "Post", refColumns: ["id"], onDelete: "cascade", onUpdate: "cascade" },
          { name: "_PostToUser_B_fkey", columns: ["B"], refTable: "User", refColumns: ["id"], onDelete: "cascade", onUpdate: "cascade" },
        ],
        indexes: [
          { name: "_PostToUser_AB_unique", columns: ["A", "B"], unique: true },
          { name: "_PostToUser_B_index", columns: ["B"] },
        ],
      }),
    ],
  },
];

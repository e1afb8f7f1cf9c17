/**
 * A team adopting Athanor on a SQLite database other tools built runs `drizzle-kit pull` and points the models at
 * the schema.ts it writes. sqlite-ddl.sql is SQL nobody here wrote (Chinook's and Sakila's own), sqlite-schema.ts
 * what drizzle-kit 0.31.11 pulled from it (see its header for the few edits a user must make): compared with the very
 * database it was pulled from, autogenerate finds nothing — no table rebuilt to rename `NVARCHAR(160)` to
 * `text(160)` or `DATETIME` to `numeric`, no `DEFAULT NULL` "changed" to `DEFAULT (NULL)` — and says what it read
 * differently from what the file spells (drizzle-kit's `.default("sql\`(NULL)\`")` string). A real change made to
 * the pulled file is still found, and a model of Athanor's own types still compares declared types as written.
 * Django's keys are DEFERRABLE INITIALLY DEFERRED, which drizzle's SQLite keys can't say: not a difference; the name
 * pull gives its unnamed CHECK (django_admin_log_check_1) is pull's, not a new check; and that check, which pull
 * writes on every table, is not created where it names none of the table's columns (SQLite would refuse the table).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { check, index, integer, numeric, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { table } from "../../../src/autogenerate/models/table.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { betterSqlite3Driver, sqliteDialect } from "../../../src/dialects/sqlite/index.js";
import type { Operation } from "../../../src/operations/operation.js";
import { t } from "../../../src/schema/types-builder.js";
import { REPO_ROOT } from "../../support/cli.js";
import * as pulled from "./sqlite-schema.js";

const DDL = readFileSync(join(REPO_ROOT, "test/autogenerate/drizzle-kit-pull/sqlite-ddl.sql"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "athanor-pull-sqlite-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function withPulledDb(fn: (conn: DatabaseConnection) => Promise<void>): Promise<void> {
  const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, `db${++n}.db`)}` });
  try {
    for (const statement of DDL.split(/;\s*\n/).map((s) => s.replace(/^--.*$/gm, "").trim())) if (statement !== "") await conn.query(statement);
    await fn(conn);
  } finally {
    await conn.close();
  }
}

function diff(models: unknown, conn: DatabaseConnection): Promise<{ operations: readonly Operation[]; warnings: readonly string[] }> {
  return compare(models, conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
}

const summary = (ops: readonly Operation[]) =>
  ops.map((o) => `${o.kind} ${"table" in o ? o.table : ""}${o.kind === "alterColumn" ? `.${o.column}` : ""}`);

describe("drizzle-kit pull of a SQLite database, compared with that database", () => {
  test("no operation; the quoted sql`` defaults are said, one warning each", async () => {
    await withPulledDb(async (conn) => {
      const r = await diff(pulled, conn);
      assert.deepEqual(summary(r.operations), []);
      assert.deepEqual(
        [...r.warnings].sort(),
        ["customer.email", "film.release_year", "film.special_features"].map(
          (c) =>
            `${c}: .default("sql\`(NULL)\`") is a string that spells drizzle's sql\`\` (drizzle-kit pull writes a text column's SQL default this way); compared and created as the SQL (NULL): write .default(sql\`(NULL)\`)`,
        ),
      );
    });
  });

  test("a change to the pulled file is still found: a longer text, another affinity, a default", async () => {
    await withPulledDb(async (conn) => {
      const album = sqliteTable("Album", {
        albumId: integer("AlbumId").primaryKey({ autoIncrement: true }).notNull(),
        title: text("Title", { length: 200 }).notNull(),
        artistId: integer("ArtistId").notNull(),
      });
      const invoice = sqliteTable("Invoice", {
        invoiceId: integer("InvoiceId").primaryKey({ autoIncrement: true }).notNull(),
        invoiceDate: text("InvoiceDate").notNull(),
        billingAddress: text("BillingAddress", { length: 70 }).default("n/a"),
        total: numeric("Total").notNull(),
      });
      const { album: _a, invoice: _i, ...rest } = pulled;
      const r = await diff({ ...rest, album, invoice }, conn);
      const altered = r.operations.flatMap((o) => (o.kind === "alterColumn" ? [`${o.table}.${o.column} ${o.type ? "type" : ""}${o.default !== undefined ? "default" : ""}`] : []));
      assert.deepEqual(altered.sort(), ["Album.Title type", "Invoice.BillingAddress default", "Invoice.InvoiceDate type"]);
    });
  });

  test("Django: DEFERRABLE keys, and the CHECK pull names and writes on every table", async () => {
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, `db${++n}.db`)}` });
    try {
      // The tables Django (auth, contenttypes) generates on SQLite, as in a db.sqlite3 schema dump
      for (const statement of [
        `CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE)`,
        `CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED)`,
        `CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL)`,
        `CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL)`,
        `CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL, "action_time" datetime NOT NULL)`,
        `CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id")`,
        `CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id")`,
        `CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id")`,
        `CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename")`,
        `CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id")`,
        `CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model")`,
      ])
        await conn.query(statement);
      // what drizzle-kit 0.31.11 pulled (the CHECK of django_admin_log it writes on every table kept on auth_group)
      const authGroup = sqliteTable(
        "auth_group",
        {
          id: integer().primaryKey({ autoIncrement: true }).notNull(),
          name: text({ length: 150 }).notNull(),
        },
        () => [check("django_admin_log_check_1", sql`"action_flag" >= 0`)],
      );
      const djangoAdminLog = sqliteTable(
        "django_admin_log",
        {
          id: integer().primaryKey({ autoIncrement: true }).notNull(),
          objectId: text("object_id"),
          objectRepr: text("object_repr", { length: 200 }).notNull(),
          actionFlag: integer("action_flag").notNull(),
          changeMessage: text("change_message").notNull(),
          contentTypeId: integer("content_type_id").references(() => djangoContentType.id),
          userId: integer("user_id").notNull(),
          actionTime: numeric("action_time").notNull(),
        },
        () => [check("django_admin_log_check_1", sql`"action_flag" >= 0`)],
      );
      const djangoContentType = sqliteTable(
        "django_content_type",
        {
          id: integer().primaryKey({ autoIncrement: true }).notNull(),
          appLabel: text("app_label", { length: 100 }).notNull(),
          model: text({ length: 100 }).notNull(),
        },
        (table) => [uniqueIndex("django_content_type_app_label_model_76bd3d3b_uniq").on(table.appLabel, table.model)],
      );
      const authPermission = sqliteTable(
        "auth_permission",
        {
          id: integer().primaryKey({ autoIncrement: true }).notNull(),
          contentTypeId: integer("content_type_id")
            .notNull()
            .references(() => djangoContentType.id),
          codename: text({ length: 100 }).notNull(),
          name: text({ length: 255 }).notNull(),
        },
        (table) => [
          index("auth_permission_content_type_id_2f476e4b").on(table.contentTypeId),
          uniqueIndex("auth_permission_content_type_id_codename_01ab375a_uniq").on(table.contentTypeId, table.codename),
        ],
      );
      const authGroupPermissions = sqliteTable(
        "auth_group_permissions",
        {
          id: integer().primaryKey({ autoIncrement: true }).notNull(),
          groupId: integer("group_id")
            .notNull()
            .references(() => authGroup.id),
          permissionId: integer("permission_id")
            .notNull()
            .references(() => authPermission.id),
        },
        (table) => [
          index("auth_group_permissions_permission_id_84c5c92e").on(table.permissionId),
          index("auth_group_permissions_group_id_b120cbf9").on(table.groupId),
          uniqueIndex("auth_group_permissions_group_id_permission_id_0cd325b0_uniq").on(table.groupId, table.permissionId),
        ],
      );
      const r = await diff({ authGroup, authGroupPermissions, authPermission, djangoAdminLog, djangoContentType }, conn);
      // what pull really lost: the column's inline UNIQUE (auth_group.name)
      assert.deepEqual(summary(r.operations), ["dropConstraint auth_group"]);
      assert.deepEqual(r.warnings, [
        `auth_group: check django_admin_log_check_1 ("action_flag" >= 0) names no column of the table, not created: drizzle-kit pull writes every table's checks on every table; remove it from the schema`,
      ]);
    } finally {
      await conn.close();
    }
  });

  test("models of Athanor's own types compare the declared type as written (t.text() is not NVARCHAR(120))", async () => {
    await withPulledDb(async (conn) => {
      const artist = table("Artist", {
        columns: { ArtistId: { type: t.integer(), primaryKey: true, identity: "byDefault", sqlite: { autoincrement: true } }, Name: t.text() },
      });
      const r = await diff({ artist }, conn);
      const altered = r.operations.flatMap((o) => (o.kind === "alterColumn" ? [`${o.table}.${o.column}`] : []));
      assert.deepEqual(altered, ["Artist.Name"]);
    });
  });
});

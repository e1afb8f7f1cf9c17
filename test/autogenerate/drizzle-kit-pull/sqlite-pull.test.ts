/**
 * A team adopting Athanor on a SQLite database other tools built runs `drizzle-kit pull` and points the models at
 * the schema.ts it writes. sqlite-ddl.sql is SQL nobody here wrote (Chinook's and Sakila's own), sqlite-schema.ts
 * what drizzle-kit 0.31.11 pulled from it (see its header for the few edits a user must make): compared with the very
 * database it was pulled from, autogenerate finds nothing — no table rebuilt to rename `NVARCHAR(160)` to
 * `text(160)` or `DATETIME` to `numeric`, no `DEFAULT NULL` "changed" to `DEFAULT (NULL)` — and says what it read
 * differently from what the file spells (drizzle-kit's `.default("sql\`(NULL)\`")` string). A real change made to
 * the pulled file is still found, and a model of Athanor's own types still compares declared types as written.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { integer, numeric, sqliteTable, text } from "drizzle-orm/sqlite-core";
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

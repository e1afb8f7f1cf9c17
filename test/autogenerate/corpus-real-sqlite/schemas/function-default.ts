/*
 * Test data for the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/), written for this test: a
 * one-table ledger with the idiom seen in open-source drizzle schemas (an expense tracker's, among others) of
 * integer timestamps defaulting to sql`unixepoch()` without the parentheses SQLite requires around a function call
 * in DEFAULT, a `real` amount and a boolean-mode integer defaulting to true.
 */
import { sql } from "drizzle-orm";
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const ledger = sqliteTable("ledger", {
  id: integer("id").primaryKey(),
  created_at: integer("created_at", { mode: "timestamp" })
    .default(sql`unixepoch()`)
    .notNull(),
  updated_at: integer("updated_at", { mode: "timestamp" })
    .default(sql`unixepoch()`)
    .notNull(),
  label: text("label").notNull(),
  amount: real("amount").notNull(),
  is_expense: integer("is_expense", { mode: "boolean" }).default(true).notNull(),
});

/*
 * Test data for the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/). Modelled on a real
 * open-source Drizzle schema (a SvelteKit expense tracker on better-sqlite3, migrated with drizzle-kit push):
 *
 *   Repository: https://github.com/emanusantos/expenses
 *   Path:       src/lib/server/db/schema.ts (commit 0c2354b5a5bfb1ffcdff616d510a51e7555172b8)
 *   Licence:    none stated in the repository (one table, re-typed as test data)
 *
 * Re-typed for this test, not copied: integer timestamps defaulting to sql`unixepoch()` written without the
 * parentheses SQLite requires around a function call in DEFAULT (an earlier version of the file had
 * `.default(new Date())`, see test/dialects/sqlite-autogenerate.test.ts), a `real` amount and a boolean-mode
 * integer defaulting to true. Adjusted: quotes and indentation only.
 */
import { sql } from "drizzle-orm";
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const transaction = sqliteTable("transaction", {
  id: integer("id").primaryKey(),
  created_at: integer("created_at", { mode: "timestamp" })
    .default(sql`unixepoch()`)
    .notNull(),
  updated_at: integer("updated_at", { mode: "timestamp" })
    .default(sql`unixepoch()`)
    .notNull(),
  name: text("name").notNull(),
  value: real("value").notNull(),
  expense: integer("expense", { mode: "boolean" }).default(true).notNull(),
});

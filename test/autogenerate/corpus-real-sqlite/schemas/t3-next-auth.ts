/*
 * Test data for the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/). Modelled on a real
 * open-source Drizzle schema:
 *
 *   Repository: https://github.com/t3-oss/create-t3-app
 *   Path:       cli/template/extras/src/server/db/schema-drizzle/with-auth-sqlite.ts
 *               (commit 071bfd97a02d7ac4012d2ad85cd52dc53399e95f)
 *   Licence:    MIT
 *
 * Re-typed for this test, not copied: sqliteTableCreator with a name prefix, `int(..., { mode:
 * "timestamp" })` defaulting to `sql\`CURRENT_TIMESTAMP\`` (text in an integer column, as the template
 * writes it), `text(..., { length: 255 })`, the older positional `primaryKey(a, b)` form, the same index
 * name (`userId_idx`) on two tables (SQLite index names are per database: drizzle-kit's SQL fails on it,
 * see the test), and no foreign keys (the template relies on `relations`). Adjusted: the next-auth
 * `AdapterAccount` type import is replaced by a string union, and `relations(...)` are left out (no DDL).
 */
import { sql } from "drizzle-orm";
import { index, int, primaryKey, sqliteTableCreator, text } from "drizzle-orm/sqlite-core";

export const createTable = sqliteTableCreator((name) => `project1_${name}`);

export const posts = createTable(
  "post",
  {
    id: int("id", { mode: "number" }).primaryKey({ autoIncrement: true }),
    name: text("name", { length: 256 }),
    createdById: text("createdById", { length: 255 }).notNull(),
    createdAt: int("created_at", { mode: "timestamp" })
      .default(sql`CURRENT_TIMESTAMP`)
      .notNull(),
    updatedAt: int("updatedAt", { mode: "timestamp" }),
  },
  (example) => ({
    createdByIdIdx: index("createdById_idx").on(example.createdById),
    nameIndex: index("name_idx").on(example.name),
  }),
);

export const users = createTable("user", {
  id: text("id", { length: 255 }).notNull().primaryKey(),
  name: text("name", { length: 255 }),
  email: text("email", { length: 255 }).notNull(),
  emailVerified: int("emailVerified", {
    mode: "timestamp",
  }).default(sql`CURRENT_TIMESTAMP`),
  image: text("image", { length: 255 }),
});

export const accounts = createTable(
  "account",
  {
    userId: text("userId", { length: 255 }).notNull(),
    type: text("type", { length: 255 }).$type<"oauth" | "oidc" | "email">().notNull(),
    provider: text("provider", { length: 255 }).notNull(),
    providerAccountId: text("providerAccountId", { length: 255 }).notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: int("expires_at"),
    token_type: text("token_type", { length: 255 }),
    scope: text("scope", { length: 255 }),
    id_token: text("id_token"),
    session_state: text("session_state", { length: 255 }),
  },
  (account) => ({
    compoundKey: primaryKey(account.provider, account.providerAccountId),
    userIdIdx: index("userId_idx").on(account.userId),
  }),
);

export const sessions = createTable(
  "session",
  {
    sessionToken: text("sessionToken", { length: 255 }).notNull().primaryKey(),
    userId: text("userId", { length: 255 }).notNull(),
    expires: int("expires", { mode: "timestamp" }).notNull(),
  },
  (session) => ({
    userIdIdx: index("userId_idx").on(session.userId),
  }),
);

export const verificationTokens = createTable(
  "verificationToken",
  {
    identifier: text("identifier", { length: 255 }).notNull(),
    token: text("token", { length: 255 }).notNull(),
    expires: int("expires", { mode: "timestamp" }).notNull(),
  },
  (vt) => ({
    compoundKey: primaryKey(vt.identifier, vt.token),
  }),
);

/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Modelled on a real open-source Drizzle schema:
 *
 *   Repository: https://github.com/t3-oss/create-t3-app
 *   Path:       cli/template/extras/src/server/db/schema-drizzle/with-auth-postgres.ts
 *               (commit 011fb5a10dd404bd1377d8875546e1989665ef84)
 *   Licence:    MIT
 *
 * Re-typed for this test, not copied: pgTableCreator with a name prefix, columns built in a callback
 * (`(t) => ({ id: t.integer()... })`) with names taken from the keys, an identity key, timestamptz with
 * `sql\`CURRENT_TIMESTAMP\``, `$onUpdate`/`$defaultFn` (client-side, no DDL), composite primary keys and
 * named indexes. Adjusted: the next-auth `AdapterAccount` type import is replaced by a string union, and
 * `relations(...)` are left out (no DDL).
 */
import { sql } from "drizzle-orm";
import { index, pgTableCreator, primaryKey } from "drizzle-orm/pg-core";
export const createTable = pgTableCreator((name) => `project1_${name}`);
export const posts = createTable("post", (t) => ({
    id: t.integer().primaryKey().generatedByDefaultAsIdentity(),
    name: t.varchar({ length: 256 }),
    createdById: t
        .varchar("created_by", { length: 255 })
        .notNull()
        .references(() => users.id),
    createdAt: t
        .timestamp({ withTimezone: true })
        .default(sql `CURRENT_TIMESTAMP`)
        .notNull(),
    updatedAt: t.timestamp({ withTimezone: true }).$onUpdate(() => new Date()),
}), (example) => [index("created_by_idx").on(example.createdById), index("name_idx").on(example.name)]);
export const users = createTable("user", (t) => ({
    id: t
        .varchar({ length: 255 })
        .notNull()
        .primaryKey()
        .$defaultFn(() => crypto.randomUUID()),
    name: t.varchar({ length: 255 }),
    email: t.varchar({ length: 255 }).notNull(),
    emailVerified: t
        .timestamp({
        mode: "date",
        withTimezone: true,
    })
        .default(sql `CURRENT_TIMESTAMP`),
    image: t.varchar({ length: 255 }),
}));
export const accounts = createTable("account", (t) => ({
    userId: t
        .varchar({ length: 255 })
        .notNull()
        .references(() => users.id),
    type: t.varchar({ length: 255 }).$type().notNull(),
    provider: t.varchar({ length: 255 }).notNull(),
    providerAccountId: t.varchar({ length: 255 }).notNull(),
    refresh_token: t.text(),
    access_token: t.text(),
    expires_at: t.integer(),
    token_type: t.varchar({ length: 255 }),
    scope: t.varchar({ length: 255 }),
    id_token: t.text(),
    session_state: t.varchar({ length: 255 }),
}), (account) => [primaryKey({ columns: [account.provider, account.providerAccountId] }), index("account_user_id_idx").on(account.userId)]);
export const sessions = createTable("session", (t) => ({
    sessionToken: t.varchar({ length: 255 }).notNull().primaryKey(),
    userId: t
        .varchar({ length: 255 })
        .notNull()
        .references(() => users.id),
    expires: t.timestamp({ mode: "date", withTimezone: true }).notNull(),
}), (session) => [index("session_user_id_idx").on(session.userId)]);
export const verificationTokens = createTable("verification_token", (t) => ({
    identifier: t.varchar({ length: 255 }).notNull(),
    token: t.varchar({ length: 255 }).notNull(),
    expires: t.timestamp({ mode: "date", withTimezone: true }).notNull(),
}), (vt) => [primaryKey({ columns: [vt.identifier, vt.token] })]);

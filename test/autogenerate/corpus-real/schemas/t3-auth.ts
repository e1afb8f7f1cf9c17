/*
 * Test data written for this corpus, modelled on t3-oss/create-t3-app's Drizzle + auth template for
 * PostgreSQL (MIT): the idioms it exercises: pgTableCreator with a name prefix, columns built in a callback
 * (`(c) => ({ ... })`) with names taken from the keys (and one given explicitly), an identity key
 * (generatedByDefaultAsIdentity), timestamptz with `sql\`CURRENT_TIMESTAMP\`` defaults, `$onUpdate` and
 * `$defaultFn` (client-side, no DDL), `$type<...>()`, composite primary keys and named indexes.
 * Tables and columns are this corpus's own (a recipe box with sign-in), not the template's.
 */
import { sql } from "drizzle-orm";
import { index, pgTableCreator, primaryKey } from "drizzle-orm/pg-core";

export const prefixed = pgTableCreator((name) => `kitchen_${name}`);

export const members = prefixed("member", (c) => ({
  id: c
    .varchar({ length: 191 })
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  displayName: c.varchar({ length: 191 }),
  mailbox: c.varchar({ length: 191 }).notNull(),
  mailboxConfirmedAt: c.timestamp({ mode: "date", withTimezone: true }).default(sql`CURRENT_TIMESTAMP`),
  avatarUrl: c.varchar({ length: 191 }),
}));

export const recipes = prefixed(
  "recipe",
  (c) => ({
    id: c.integer().primaryKey().generatedByDefaultAsIdentity(),
    title: c.varchar({ length: 300 }),
    authorId: c
      .varchar("author", { length: 191 })
      .notNull()
      .references(() => members.id),
    addedAt: c.timestamp({ withTimezone: true }).default(sql`CURRENT_TIMESTAMP`).notNull(),
    editedAt: c.timestamp({ withTimezone: true }).$onUpdate(() => new Date()),
  }),
  (r) => [index("recipe_title_idx").on(r.title), index("recipe_author_idx").on(r.authorId)],
);

// One row per external sign-in provider linked to a member.
export const linkedLogins = prefixed(
  "linked_login",
  (c) => ({
    memberId: c
      .varchar({ length: 191 })
      .notNull()
      .references(() => members.id),
    kind: c.varchar({ length: 191 }).$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    issuer: c.varchar({ length: 191 }).notNull(),
    subject: c.varchar({ length: 191 }).notNull(),
    renew_secret: c.text(),
    bearer_secret: c.text(),
    lapses_at: c.integer(),
    bearer_kind: c.varchar({ length: 191 }),
    granted: c.varchar({ length: 191 }),
    identity_blob: c.text(),
    flow_state: c.varchar({ length: 191 }),
  }),
  (l) => [index("linked_login_member_idx").on(l.memberId), primaryKey({ columns: [l.issuer, l.subject] })],
);

export const logins = prefixed(
  "login",
  (c) => ({
    handleKey: c.varchar({ length: 191 }).notNull().primaryKey(),
    memberId: c
      .varchar({ length: 191 })
      .notNull()
      .references(() => members.id),
    validUntil: c.timestamp({ mode: "date", withTimezone: true }).notNull(),
  }),
  (s) => [index("login_member_idx").on(s.memberId)],
);

export const oneTimeCodes = prefixed(
  "one_time_code",
  (c) => ({
    target: c.varchar({ length: 191 }).notNull(),
    code: c.varchar({ length: 191 }).notNull(),
    validUntil: c.timestamp({ mode: "date", withTimezone: true }).notNull(),
  }),
  (o) => [primaryKey({ columns: [o.target, o.code] })],
);

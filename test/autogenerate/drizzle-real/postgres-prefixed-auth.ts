/**
 * Modelled on create-t3-app's drizzle + NextAuth template for PostgreSQL (t3-oss/create-t3-app,
 * cli/template/extras/src/server/db/schema-drizzle/with-auth-postgres.ts, MIT): written anew here with the same
 * drizzle features: a pgTableCreator prefix, columns from the `(t) => ({...})` callback, an identity key,
 * `$defaultFn`/`$onUpdate`, `sql\`CURRENT_TIMESTAMP\`` defaults, composite primary keys, relations(), and the
 * array form of the third argument.
 */
import { relations, sql } from "drizzle-orm";
import { index, pgTableCreator, primaryKey } from "drizzle-orm/pg-core";

export const shopTable = pgTableCreator((name) => `shop_${name}`);

export const members = shopTable("member", (t) => ({
  id: t
    .varchar({ length: 64 })
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  displayName: t.varchar({ length: 120 }),
  email: t.varchar({ length: 255 }).notNull(),
  emailConfirmed: t.timestamp({ mode: "date", withTimezone: true }).default(sql`CURRENT_TIMESTAMP`),
  avatar: t.varchar({ length: 255 }),
}));

export const listings = shopTable(
  "listing",
  (t) => ({
    id: t.integer().primaryKey().generatedByDefaultAsIdentity(),
    title: t.varchar({ length: 200 }),
    sellerId: t
      .varchar("seller", { length: 64 })
      .notNull()
      .references(() => members.id),
    listedAt: t.timestamp({ withTimezone: true }).default(sql`CURRENT_TIMESTAMP`).notNull(),
    editedAt: t.timestamp({ withTimezone: true }).$onUpdate(() => new Date()),
  }),
  (l) => [index("listing_seller_idx").on(l.sellerId), index("listing_title_idx").on(l.title)],
);

export const logins = shopTable(
  "login",
  (t) => ({
    memberId: t
      .varchar({ length: 64 })
      .notNull()
      .references(() => members.id),
    kind: t.varchar({ length: 32 }).$type<"oauth" | "email">().notNull(),
    provider: t.varchar({ length: 64 }).notNull(),
    providerUserId: t.varchar({ length: 128 }).notNull(),
    refreshToken: t.text(),
    expiresAt: t.integer(),
  }),
  (l) => [primaryKey({ columns: [l.provider, l.providerUserId] }), index("login_member_idx").on(l.memberId)],
);

export const visits = shopTable(
  "visit",
  (t) => ({
    token: t.varchar({ length: 128 }).notNull().primaryKey(),
    memberId: t
      .varchar({ length: 64 })
      .notNull()
      .references(() => members.id),
    endsAt: t.timestamp({ mode: "date", withTimezone: true }).notNull(),
  }),
  (v) => [index("visit_member_idx").on(v.memberId)],
);

export const oneTimeCodes = shopTable(
  "one_time_code",
  (t) => ({
    address: t.varchar({ length: 255 }).notNull(),
    code: t.varchar({ length: 16 }).notNull(),
    endsAt: t.timestamp({ mode: "date", withTimezone: true }).notNull(),
  }),
  (c) => [primaryKey({ columns: [c.address, c.code] })],
);

export const membersRelations = relations(members, ({ many }) => ({ logins: many(logins), listings: many(listings) }));
export const loginsRelations = relations(logins, ({ one }) => ({ member: one(members, { fields: [logins.memberId], references: [members.id] }) }));

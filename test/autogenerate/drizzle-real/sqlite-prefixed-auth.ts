/**
 * Modelled on create-t3-app's drizzle + NextAuth template for SQLite (t3-oss/create-t3-app,
 * cli/template/extras/src/server/db/schema-drizzle/with-auth-sqlite.ts, MIT, an older version): written anew here
 * with the same drizzle features: a sqliteTableCreator prefix, `int(..., { mode: "timestamp" })` with
 * `sql\`CURRENT_TIMESTAMP\``, `primaryKey({ autoIncrement: true })`, `text(..., { length })`, the legacy
 * `primaryKey(a, b)` call, the object form of the third argument, relations(). (That template once gave two
 * tables' indexes the same name, "userId_idx": SQLite keeps index names per database, so both drizzle-kit and
 * the revision fail; Athanor warns when it reads the models. Here the names differ.)
 */
import { relations, sql } from "drizzle-orm";
import { index, int, primaryKey, sqliteTableCreator, text } from "drizzle-orm/sqlite-core";

export const shopTable = sqliteTableCreator((name) => `shop_${name}`);

export const members = shopTable("member", {
  id: text("id", { length: 64 }).notNull().primaryKey(),
  displayName: text("displayName", { length: 120 }),
  email: text("email", { length: 255 }).notNull(),
  emailConfirmed: int("emailConfirmed", { mode: "timestamp" }).default(sql`CURRENT_TIMESTAMP`),
});

export const listings = shopTable(
  "listing",
  {
    id: int("id", { mode: "number" }).primaryKey({ autoIncrement: true }),
    title: text("title", { length: 200 }),
    sellerId: text("sellerId", { length: 64 }).notNull(),
    listedAt: int("listed_at", { mode: "timestamp" }).default(sql`CURRENT_TIMESTAMP`).notNull(),
    editedAt: int("editedAt", { mode: "timestamp" }),
  },
  (l) => ({
    sellerIdx: index("listing_seller_idx").on(l.sellerId),
    titleIdx: index("listing_title_idx").on(l.title),
  }),
);

export const logins = shopTable(
  "login",
  {
    memberId: text("memberId", { length: 64 }).notNull(),
    kind: text("kind", { length: 32 }).$type<"oauth" | "email">().notNull(),
    provider: text("provider", { length: 64 }).notNull(),
    providerUserId: text("providerUserId", { length: 128 }).notNull(),
    expiresAt: int("expires_at"),
  },
  (l) => ({
    pk: primaryKey(l.provider, l.providerUserId),
    memberIdx: index("login_member_idx").on(l.memberId),
  }),
);

export const oneTimeCodes = shopTable(
  "oneTimeCode",
  {
    address: text("address", { length: 255 }).notNull(),
    code: text("code", { length: 16 }).notNull(),
    endsAt: int("endsAt", { mode: "timestamp" }).notNull(),
  },
  (c) => ({ pk: primaryKey(c.address, c.code) }),
);

export const membersRelations = relations(members, ({ many }) => ({ logins: many(logins) }));

/**
 * Modelled on create-t3-app's drizzle + NextAuth template for MySQL (t3-oss/create-t3-app,
 * cli/template/extras/src/server/db/schema-drizzle/with-auth-mysql.ts, MIT): written anew here with the same
 * drizzle features: a mysqlTableCreator prefix, columns from the `(t) => ({...})` callback, the object form of the
 * third argument, an AUTO_INCREMENT bigint key, `.onUpdateNow()`, `timestamp({ fsp: 3 })` with
 * `sql\`CURRENT_TIMESTAMP(3)\``, `$defaultFn`, composite primary keys and relations().
 */
import { relations, sql } from "drizzle-orm";
import { index, mysqlTableCreator, primaryKey } from "drizzle-orm/mysql-core";

export const shopTable = mysqlTableCreator((name) => `shop_${name}`);

export const members = shopTable("member", (t) => ({
  id: t
    .varchar({ length: 64 })
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  displayName: t.varchar({ length: 120 }),
  email: t.varchar({ length: 255 }).notNull(),
  emailConfirmed: t.timestamp({ mode: "date", fsp: 3 }).default(sql`CURRENT_TIMESTAMP(3)`),
  avatar: t.varchar({ length: 255 }),
}));

export const listings = shopTable(
  "listing",
  (t) => ({
    id: t.bigint({ mode: "number" }).primaryKey().autoincrement(),
    title: t.varchar({ length: 200 }),
    sellerId: t
      .varchar("seller", { length: 64 })
      .notNull()
      .references(() => members.id),
    listedAt: t.timestamp().default(sql`CURRENT_TIMESTAMP`).notNull(),
    editedAt: t.timestamp().onUpdateNow(),
  }),
  (l) => ({
    sellerIdx: index("listing_seller_idx").on(l.sellerId),
    titleIdx: index("listing_title_idx").on(l.title),
  }),
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
    expiresAt: t.int(),
  }),
  (l) => ({
    pk: primaryKey({ columns: [l.provider, l.providerUserId] }),
    memberIdx: index("login_member_idx").on(l.memberId),
  }),
);

export const oneTimeCodes = shopTable(
  "one_time_code",
  (t) => ({
    address: t.varchar({ length: 255 }).notNull(),
    code: t.varchar({ length: 16 }).notNull(),
    endsAt: t.timestamp({ mode: "date" }).notNull(),
  }),
  (c) => ({ pk: primaryKey({ columns: [c.address, c.code] }) }),
);

export const membersRelations = relations(members, ({ many }) => ({ logins: many(logins), listings: many(listings) }));

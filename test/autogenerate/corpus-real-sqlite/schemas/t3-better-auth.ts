/*
 * Test data written for this corpus, modelled on create-t3-app's Better Auth SQLite template
 * (https://github.com/t3-oss/create-t3-app, MIT): the idioms it exercises: columns built in a callback
 * (`(d) => ({ key: d.text(...) })`) and named after their keys, `d.text({ length })` (declared `text(n)`),
 * `d.integer({ mode: "timestamp" })` defaulting to `sql\`(unixepoch())\``, a boolean-mode integer defaulting to
 * false, `.unique()` columns, foreign keys without actions, an AUTOINCREMENT key, indexes in the array style
 * `(t) => [...]`, and `$defaultFn`/`$onUpdate` (client-side, no DDL).
 */
import { sql } from "drizzle-orm";
import { index, sqliteTable } from "drizzle-orm/sqlite-core";

const uuid = () => crypto.randomUUID();

export const profile = sqliteTable("profile", (d) => ({
  uid: d.text({ length: 255 }).notNull().primaryKey().$defaultFn(uuid),
  fullName: d.text({ length: 255 }),
  emailAddress: d.text({ length: 255 }).notNull().unique(),
  isVerified: d.integer({ mode: "boolean" }).default(false),
  pictureUrl: d.text({ length: 255 }),
  createdOn: d.integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
  editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
}));

export const article = sqliteTable(
  "article",
  (d) => ({
    articleNo: d.integer({ mode: "number" }).primaryKey({ autoIncrement: true }),
    headline: d.text({ length: 256 }),
    authorId: d
      .text({ length: 255 })
      .notNull()
      .references(() => profile.uid),
    publishedOn: d.integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
  }),
  (a) => [index("article_headline_idx").on(a.headline), index("article_author_idx").on(a.authorId)],
);

export const deviceSession = sqliteTable(
  "device_session",
  (d) => ({
    sessionId: d.text({ length: 255 }).notNull().primaryKey().$defaultFn(uuid),
    bearer: d.text({ length: 255 }).notNull().unique(),
    profileId: d
      .text({ length: 255 })
      .notNull()
      .references(() => profile.uid),
    expiry: d.integer({ mode: "timestamp" }).notNull(),
    remoteAddr: d.text({ length: 255 }),
    clientAgent: d.text({ length: 255 }),
    createdOn: d.integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
  }),
  (s) => [index("device_session_profile_idx").on(s.profileId)],
);

// sign-in methods: an external provider's account, or a password
export const credential = sqliteTable(
  "credential",
  (d) => ({
    credId: d.text({ length: 255 }).notNull().primaryKey().$defaultFn(uuid),
    profileId: d
      .text({ length: 255 })
      .notNull()
      .references(() => profile.uid),
    providerKey: d.text({ length: 255 }).notNull(),
    externalId: d.text({ length: 255 }).notNull(),
    grantedScope: d.text({ length: 255 }),
    accessSecret: d.text(),
    accessExpiry: d.integer({ mode: "timestamp" }),
    refreshSecret: d.text(),
    refreshExpiry: d.integer({ mode: "timestamp" }),
    oidcToken: d.text(),
    passwordDigest: d.text(),
    createdOn: d.integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
  }),
  (c) => [index("credential_profile_idx").on(c.profileId)],
);

export const otpChallenge = sqliteTable(
  "otp_challenge",
  (d) => ({
    challengeId: d.text({ length: 255 }).notNull().primaryKey().$defaultFn(uuid),
    target: d.text({ length: 255 }).notNull(),
    code: d.text({ length: 255 }).notNull(),
    expiry: d.integer({ mode: "timestamp" }).notNull(),
    createdOn: d.integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    editedOn: d.integer({ mode: "timestamp" }).$onUpdate(() => new Date()),
  }),
  (o) => [index("otp_challenge_target_idx").on(o.target)],
);

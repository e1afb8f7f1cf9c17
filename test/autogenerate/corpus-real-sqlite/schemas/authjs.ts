/*
 * Test data written for this corpus, modelled on the Auth.js Drizzle adapter's SQLite schema
 * (https://github.com/nextauthjs/next-auth, ISC): the idioms it exercises: text keys filled by a `$defaultFn`
 * (client-side, no DDL), `integer(..., { mode: "timestamp_ms" })` and `{ mode: "boolean" }` columns, a `$type`
 * string union, composite primary keys in the object style `(t) => ({ key: primaryKey({ columns }) })`, a
 * `.unique()` column, and several foreign keys with ON DELETE CASCADE onto one parent table.
 */
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const member = sqliteTable("member", {
  memberId: text("memberId")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  displayName: text("displayName"),
  contactEmail: text("contactEmail").notNull(),
  emailConfirmedAt: integer("emailConfirmedAt", { mode: "timestamp_ms" }),
  avatarUrl: text("avatarUrl"),
});

// one row per external identity; keyed by who issued it and the subject there
export const linkedLogin = sqliteTable(
  "linked_login",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    ownerId: text("ownerId")
      .notNull()
      .references(() => member.memberId, { onDelete: "cascade" }),
    kind: text("kind").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    accessSecret: text("accessSecret"),
    refreshSecret: text("refreshSecret"),
    accessExpiresAt: integer("accessExpiresAt"),
    secretKind: text("secretKind"),
    grantedScopes: text("grantedScopes"),
    openIdToken: text("openIdToken"),
    providerState: text("providerState"),
  },
  (row) => ({
    issuerSubjectKey: primaryKey({ columns: [row.issuer, row.subject] }),
  }),
);

export const loginSession = sqliteTable("login_session", {
  handle: text("handle").primaryKey(),
  ownerId: text("ownerId")
    .notNull()
    .references(() => member.memberId, { onDelete: "cascade" }),
  validUntil: integer("validUntil", { mode: "timestamp_ms" }).notNull(),
});

export const passkey = sqliteTable("passkey", {
  keyId: text("keyId").notNull().primaryKey(),
  credentialRef: text("credentialRef").notNull().unique(),
  ownerId: text("ownerId")
    .notNull()
    .references(() => member.memberId, { onDelete: "cascade" }),
  issuerAccount: text("issuerAccount").notNull(),
  publicKeyB64: text("publicKeyB64").notNull(),
  signCount: integer("signCount").notNull(),
  deviceKind: text("deviceKind").notNull(),
  isBackedUp: integer("isBackedUp", { mode: "boolean" }).notNull(),
  transportList: text("transportList"),
});

// one-time e-mail sign-in links
export const magicLink = sqliteTable(
  "magic_link",
  {
    address: text("address").notNull(),
    secret: text("secret").notNull(),
    validUntil: integer("validUntil", { mode: "timestamp_ms" }).notNull(),
  },
  (link) => ({
    addressSecretKey: primaryKey({ columns: [link.address, link.secret] }),
  }),
);

/*
 * Test data written for this corpus, modelled on a Cloudflare D1 SaaS starter's Drizzle schema
 * (https://github.com/LubomirGeorgiev/cloudflare-workers-nextjs-saas-template, MIT): the idioms it exercises:
 * columns named by their keys (`text()`, no name; the casing test reads them with "snake_case"), a spread of
 * shared bookkeeping columns (`...tracked`), `integer({ mode: "timestamp" })` with `$defaultFn`/`$onUpdateFn`
 * and a counter with a constant default and an `$onUpdate` expression (client-side, no DDL), `text({ length })`,
 * `text({ enum })` (no CHECK in drizzle-kit's SQL), `text({ mode: "json" })` with `$type`, foreign keys without
 * actions (nullable ones among them), plain indexes on one and three columns, unique indexes on one and two
 * columns, and a partial unique index (`.where(sql\`... IS NULL\`)`).
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const accessLevels = ["owner", "member"] as [string, ...string[]];

const prefixedId = (prefix: string) => () => `${prefix}_${crypto.randomUUID()}`;

/** Every table ends with these. */
const tracked = {
  insertedAt: integer({ mode: "timestamp" })
    .notNull()
    .$defaultFn(() => new Date()),
  modifiedAt: integer({ mode: "timestamp" })
    .notNull()
    .$onUpdateFn(() => new Date()),
  revision: integer()
    .default(0)
    .$onUpdate(() => sql`revision + 1`),
};

export const accountHolder = sqliteTable(
  "account_holder",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("ah")),
    givenName: text({ length: 255 }),
    familyName: text({ length: 255 }),
    email: text({ length: 255 }),
    secretHash: text(),
    accessLevel: text({ enum: accessLevels }).notNull().default("member"),
    emailCheckedAt: integer({ mode: "timestamp" }),
    signupIp: text({ length: 100 }),
    githubSubject: text({ length: 255 }),
    pictureUrl: text({ length: 600 }),
    uiLanguage: text({ length: 10 }),
    freeTrialAt: integer({ mode: "timestamp" }),
    seenAt: integer({ mode: "timestamp" }),
    suspendedAt: integer({ mode: "timestamp" }),
    ...tracked,
  },
  (h) => [
    uniqueIndex("account_holder_email_uq").on(h.email),
    index("github_subject_idx").on(h.githubSubject),
    index("access_level_idx").on(h.accessLevel),
    index("account_holder_inserted_idx").on(h.insertedAt),
    index("account_holder_suspended_idx").on(h.suspendedAt),
  ],
);

export const webauthnKey = sqliteTable(
  "webauthn_key",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("wk")),
    holderId: text()
      .notNull()
      .references(() => accountHolder.id),
    credentialKey: text({ length: 255 }).notNull(),
    publicKey: text({ length: 255 }).notNull(),
    useCount: integer().notNull(),
    transportHints: text({ length: 255 }),
    authenticatorGuid: text({ length: 255 }),
    browser: text({ length: 255 }),
    originIp: text({ length: 100 }),
    ...tracked,
  },
  (k) => [uniqueIndex("webauthn_key_credential_uq").on(k.credentialKey), index("holder_id_idx").on(k.holderId)],
);

export const workspace = sqliteTable(
  "workspace",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("ws")),
    title: text({ length: 255 }).notNull(),
    handle: text({ length: 255 }).notNull(),
    blurb: text({ length: 1000 }),
    logoUrl: text({ length: 600 }),
    preferences: text({ length: 10000 }),
    invoiceEmail: text({ length: 255 }),
    planCode: text({ length: 100 }).default("starter"),
    planEndsAt: integer({ mode: "timestamp" }),
    billingCustomerRef: text({ length: 255 }),
    billingSubscriptionRef: text({ length: 255 }),
    billingState: text({ length: 50 }),
    billingPeriod: text({ length: 10 }),
    extras: text({ mode: "json" }).$type<Record<string, number>>(),
    endsWithPeriod: integer().notNull().default(0),
    freeTrialAt: integer({ mode: "timestamp" }),
    ...tracked,
  },
  (w) => [
    uniqueIndex("workspace_handle_uq").on(w.handle),
    uniqueIndex("workspace_billing_customer_uq").on(w.billingCustomerRef),
    uniqueIndex("workspace_billing_subscription_uq").on(w.billingSubscriptionRef),
  ],
);

export const workspaceRole = sqliteTable(
  "workspace_role",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("wr")),
    workspaceId: text()
      .notNull()
      .references(() => workspace.id),
    label: text({ length: 255 }).notNull(),
    summary: text({ length: 1000 }),
    grants: text({ mode: "json" }).notNull().$type<string[]>(),
    extraInfo: text({ length: 5000 }),
    canEdit: integer().notNull().default(1),
    ...tracked,
  },
  (r) => [uniqueIndex("workspace_role_label_uq").on(r.workspaceId, r.label)],
);

export const workspaceMember = sqliteTable(
  "workspace_member",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("wm")),
    workspaceId: text()
      .notNull()
      .references(() => workspace.id),
    holderId: text()
      .notNull()
      .references(() => accountHolder.id),
    roleRef: text().notNull(),
    builtInRole: integer().notNull().default(1),
    addedBy: text().references(() => accountHolder.id),
    addedAt: integer({ mode: "timestamp" }),
    startedAt: integer({ mode: "timestamp" }),
    endsAt: integer({ mode: "timestamp" }),
    enabled: integer().notNull().default(1),
    ...tracked,
  },
  (m) => [uniqueIndex("workspace_member_pair_uq").on(m.workspaceId, m.holderId), index("workspace_member_holder_idx").on(m.holderId)],
);

// an invitation is open until redeemed; only one open invitation per address and workspace
export const workspaceInvite = sqliteTable(
  "workspace_invite",
  {
    id: text().notNull().primaryKey().$defaultFn(prefixedId("wi")),
    workspaceId: text()
      .notNull()
      .references(() => workspace.id),
    email: text({ length: 255 }).notNull(),
    roleRef: text().notNull(),
    builtInRole: integer().notNull().default(1),
    code: text({ length: 255 }).notNull(),
    sentBy: text()
      .notNull()
      .references(() => accountHolder.id),
    validUntil: integer({ mode: "timestamp" }).notNull(),
    redeemedAt: integer({ mode: "timestamp" }),
    redeemedBy: text().references(() => accountHolder.id),
    ...tracked,
  },
  (i) => [
    uniqueIndex("workspace_invite_code_uq").on(i.code),
    uniqueIndex("workspace_invite_open_uq")
      .on(i.workspaceId, i.email)
      .where(sql`${i.redeemedAt} IS NULL`),
    index("workspace_invite_open_idx").on(i.workspaceId, i.redeemedAt, i.validUntil),
    index("workspace_invite_email_open_idx").on(i.email, i.redeemedAt, i.validUntil),
    index("workspace_invite_sender_idx").on(i.sentBy),
  ],
);

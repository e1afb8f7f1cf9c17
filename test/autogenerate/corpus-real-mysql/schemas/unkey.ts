// Test data written for this corpus, modelled on Unkey, unkeyed/unkey (AGPL-3.0), an API-key service on
// PlanetScale with Drizzle: the idioms it exercises: column sets kept in plain objects and spread into several
// tables (bigint millisecond timestamps: NOT NULL with `.default(0)` and a `$defaultFn`, `$onUpdateFn` only,
// plain nullable; a boolean defaulting to true; two NOT NULL varchars), and an exported set no table uses;
// varchar(256) primary keys; datetime with fsp 3, with and without `mode: "date"`; mysqlEnum columns with several
// values and a default, with two values, with a single value; json with `$type<>()`, NOT NULL and nullable;
// booleans NOT NULL with a default, nullable, NOT NULL defaulting to false; a varchar `.unique()`; int with a
// default; foreign keys with ON DELETE CASCADE; unique and plain indexes, one over two columns; the same index
// name on several tables (plain on two, unique on one and plain on another, `uniqueIndex` on one and `unique`
// on another); `unique(...)` constraints over two columns; a table with no primary key; a two-column primary
// key; a camelCase column name; a column named with a reserved word (`interval`) and a table named with one on
// MySQL 8 (`groups`); third arguments returning an object, as an expression and as a block body.
// None of Unkey's code is reproduced: the tables, columns and names are this corpus's own, and the subset is smaller.
import {
  bigint,
  boolean,
  datetime,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";

type Entitlements = { auditDays?: number; customQuotas?: number; webhooks?: boolean };
type BillingState = Record<string, unknown>;

/** Millisecond timestamps; exported for completeness, spread into no table. */
export const msTimestamps = {
  createdMs: bigint("created_ms", { mode: "number" })
    .notNull()
    .$defaultFn(() => Date.now()),
  updatedMs: bigint("updated_ms", { mode: "number" }).$onUpdateFn(() => Date.now()),
};

/** The same with a database default as well, and a deletion time. */
export const msLifecycle = {
  bornMs: bigint("born_ms", { mode: "number" })
    .notNull()
    .default(0)
    .$defaultFn(() => Date.now()),
  touchedMs: bigint("touched_ms", { mode: "number" }).$onUpdateFn(() => Date.now()),
  goneMs: bigint("gone_ms", { mode: "number" }),
};

/** While set, the row may not be deleted. */
export const lockFlag = {
  locked: boolean("locked").default(true),
};

/** What the vault returns, stored as is. */
export const sealedValue = {
  ciphertext: varchar("ciphertext", { length: 1024 }).notNull(),
  cipherKeyRef: varchar("cipher_key_ref", { length: 256 }).notNull(),
};

export const orgs = mysqlTable(
  "orgs",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    externalRef: varchar("external_ref", { length: 256 }).notNull(),
    title: varchar("title", { length: 256 }).notNull(),
    tier: mysqlEnum("tier", ["starter", "growth", "scale"]).default("starter"),
    pendingTier: mysqlEnum("pending_tier", ["starter"]),
    tierChangedAt: datetime("tier_changed_at", { fsp: 3 }),
    tierFrozenUntil: datetime("tier_frozen_until", { fsp: 3 }),
    trialUntil: datetime("trial_until", { fsp: 3 }),
    billingCustomer: varchar("billing_customer", { length: 256 }),
    billingPlanRef: varchar("billing_plan_ref", { length: 256 }),
    billing: json("billing").$type<BillingState>(),
    previewFlags: json("preview_flags").$type<{ groups?: boolean; quotas?: boolean }>().notNull(),
    entitlements: json("entitlements").$type<Entitlements>().notNull(),
    openedAt: datetime("opened_at", { fsp: 3 }),
    removedAt: datetime("removed_at", { fsp: 3 }),
    active: boolean("active").notNull().default(true),
    ...lockFlag,
  },
  (o) => ({
    externalRefIdx: uniqueIndex("external_ref_idx").on(o.externalRef),
  }),
);

export const pools = mysqlTable("pools", {
  id: varchar("id", { length: 256 }).primaryKey(),
  orgId: varchar("org_id", { length: 256 })
    .notNull()
    .references(() => orgs.id, { onDelete: "cascade" }),
  tokenPrefix: varchar("token_prefix", { length: 8 }),
  tokenBytes: int("token_bytes").default(16),
  encryptStored: boolean("encrypt_stored").notNull().default(false),
  addedAt: datetime("added_at", { mode: "date", fsp: 3 }),
  removedAt: datetime("removed_at", { mode: "date", fsp: 3 }),
  ...msLifecycle,
});

export const gateways = mysqlTable(
  "gateways",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    title: varchar("title", { length: 256 }).notNull(),
    poolId: varchar("pool_id", { length: 256 }).unique(),
    verifyMode: mysqlEnum("verify_mode", ["token", "signed"]),
    allowedIps: varchar("allowed_ips", { length: 512 }),
    addedAt: datetime("added_at", { mode: "date", fsp: 3 }),
    removedAt: datetime("removed_at", { mode: "date", fsp: 3 }),
  },
  (g) => ({
    byOrg: index("org_id_idx").on(g.orgId),
  }),
);

export const credentials = mysqlTable(
  "credentials",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    poolId: varchar("pool_id", { length: 256 })
      .notNull()
      .references(() => pools.id, { onDelete: "cascade" }),
    digest: varchar("digest", { length: 256 }).notNull(),
    head: varchar("head", { length: 256 }).notNull(),
    label: varchar("label", { length: 256 }),
    holderId: varchar("holder_id", { length: 256 }),
    principalId: varchar("principal_id", { length: 256 }),
    // an internal credential made for another org
    onBehalfOf: varchar("on_behalf_of", { length: 256 }),
    stage: varchar("stage", { length: 256 }),
    metadata: text("metadata"),
    sealedMetadata: text("sealedMetadata"),
    active: boolean("active").default(true).notNull(),
    usesLeft: int("uses_left"),
    topUpPeriod: mysqlEnum("top_up_period", ["weekly", "quarterly"]),
    topUpCount: int("top_up_count"),
    lastTopUp: datetime("last_top_up", { fsp: 3 }),
    burstAsync: boolean("burst_async"),
    burstCap: int("burst_cap"),
    burstWindow: bigint("burst_window", { mode: "number" }),
    createdAt: datetime("created_at", { fsp: 3 }).notNull(),
    expiresAt: datetime("expires_at", { fsp: 3 }),
    removedAt: datetime("removed_at", { fsp: 3 }),
    ...msLifecycle,
  },
  (c) => ({
    digestIdx: uniqueIndex("digest_idx").on(c.digest),
    poolRemovedIdx: index("pool_id_removed_at_idx").on(c.poolId, c.removedAt),
    holderIdx: index("holder_id_idx").on(c.holderId),
    onBehalfIdx: index("idx_credentials_on_behalf_of").on(c.onBehalfOf),
  }),
);

/** One row per credential whose plaintext may be shown again; no primary key. */
export const sealedCredentials = mysqlTable(
  "sealed_credentials",
  {
    credentialId: varchar("credential_id", { length: 256 })
      .notNull()
      .references(() => credentials.id, { onDelete: "cascade" }),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    ...sealedValue,
  },
  (s) => ({
    onePerCredential: uniqueIndex("credential_id_idx").on(s.credentialId),
  }),
);

export const groups = mysqlTable(
  "groups",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    credentialId: varchar("credential_id", { length: 256 }).notNull(),
    orgId: varchar("org_id", { length: 256 }).notNull(),
    groupName: varchar("group_name", { length: 512 }).notNull(),
  },
  (g) => ({
    byOrg: index("org_id_idx").on(g.orgId),
    byCredential: index("credential_id_idx").on(g.credentialId),
    byName: index("group_name_idx").on(g.groupName),
    oncePerCredential: uniqueIndex("credential_group_idx").on(g.credentialId, g.groupName),
  }),
);

export const scopes = mysqlTable(
  "scopes",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    orgId: varchar("org_id", { length: 256 }).notNull(),
    title: varchar("title", { length: 512 }).notNull(),
  },
  (s) => ({
    byOrg: index("org_id_idx").on(s.orgId),
    titlePerOrg: uniqueIndex("title_per_org_idx").on(s.title, s.orgId),
  }),
);

export const credentialScopes = mysqlTable(
  "credential_scopes",
  {
    credentialId: varchar("credential_id", { length: 256 }).notNull(),
    scopeId: varchar("scope_id", { length: 256 }).notNull(),
    orgId: varchar("org_id", { length: 256 }).notNull(),
  },
  (cs) => ({
    pk: primaryKey({ columns: [cs.credentialId, cs.scopeId] }),
  }),
);

export const quotaGroups = mysqlTable(
  "quota_groups",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    title: varchar("title", { length: 512 }).notNull(),
    ...msLifecycle,
  },
  (q) => {
    return {
      titlePerOrg: unique("title_per_org_idx").on(q.title, q.orgId),
    };
  },
);

export const quotaExceptions = mysqlTable(
  "quota_exceptions",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    orgId: varchar("org_id", { length: 256 })
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    groupId: varchar("group_id", { length: 256 })
      .notNull()
      .references(() => quotaGroups.id, { onDelete: "cascade" }),
    subject: varchar("subject", { length: 512 }).notNull(),
    cap: int("cap").notNull(),
    // milliseconds
    window: int("interval").notNull(),
    // answer from the cache instead of waiting for the origin
    deferred: boolean("deferred"),
    placement: mysqlEnum("placement", ["regional"]),
    ...msLifecycle,
  },
  (e) => {
    return {
      subjectPerGroup: unique("subject_per_group_idx").on(e.subject, e.groupId),
    };
  },
);

/**
 * Modelled on unkey's MySQL schema (unkeyed/unkey, internal/db/src/schema/keys.ts, workspaces.ts, keyAuth.ts and
 * util/*.ts, AGPL-3.0): written anew here with the same drizzle features: column objects shared by spreading one
 * object into several tables, `.default(0).$defaultFn(...)` and `$onUpdateFn` on a bigint, `datetime({ fsp: 3 })`,
 * mysqlEnum, `json().$type<...>()`, boolean defaults, uniqueIndex and two-column indexes in the object form of the
 * third argument, `.references(() => t.id, { onDelete: "cascade" })`, relations() with relationName.
 */
import { relations } from "drizzle-orm";
import { bigint, boolean, datetime, index, int, json, mysqlEnum, mysqlTable, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";

export const auditStamps = {
  createdAtMs: bigint("created_at_ms", { mode: "number" })
    .notNull()
    .default(0)
    .$defaultFn(() => Date.now()),
  updatedAtMs: bigint("updated_at_ms", { mode: "number" }).$onUpdateFn(() => Date.now()),
  deletedAtMs: bigint("deleted_at_ms", { mode: "number" }),
};

export const lockable = { locked: boolean("locked").default(true) };

export const tenants = mysqlTable(
  "tenants",
  {
    id: varchar("id", { length: 191 }).primaryKey(),
    orgId: varchar("org_id", { length: 191 }).notNull(),
    name: varchar("name", { length: 191 }).notNull(),
    createdAt: datetime("created_at", { fsp: 3 }),
    tier: mysqlEnum("tier", ["free", "team", "scale"]).default("free"),
    trialEndsAt: datetime("trial_ends_at", { fsp: 3 }),
    flags: json("flags").$type<{ beta?: boolean; audit?: boolean }>().notNull(),
    quotas: json("quotas").$type<Record<string, number>>(),
    active: boolean("active").notNull().default(true),
    ...lockable,
  },
  (t) => ({ orgIdx: uniqueIndex("tenants_org_idx").on(t.orgId) }),
);

export const keySpaces = mysqlTable("key_spaces", {
  id: varchar("id", { length: 191 }).primaryKey(),
  tenantId: varchar("tenant_id", { length: 191 })
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  ...auditStamps,
  storeSecrets: boolean("store_secrets").notNull().default(false),
  prefix: varchar("prefix", { length: 8 }),
  byteLength: int("byte_length").default(16),
});

export const apiKeys = mysqlTable(
  "api_keys",
  {
    id: varchar("id", { length: 191 }).primaryKey(),
    spaceId: varchar("space_id", { length: 191 })
      .notNull()
      .references(() => keySpaces.id, { onDelete: "cascade" }),
    digest: varchar("digest", { length: 191 }).notNull(),
    head: varchar("head", { length: 16 }).notNull(),
    tenantId: varchar("tenant_id", { length: 191 })
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    ownerRef: varchar("owner_ref", { length: 191 }),
    meta: text("meta"),
    createdAt: datetime("created_at", { fsp: 3 }).notNull(),
    expiresAt: datetime("expires_at", { fsp: 3 }),
    ...auditStamps,
    revokedAt: datetime("revoked_at", { fsp: 3 }),
    refill: mysqlEnum("refill", ["daily", "monthly"]),
    remaining: int("remaining"),
    enabled: boolean("enabled").default(true).notNull(),
  },
  (t) => ({
    digestIdx: uniqueIndex("api_keys_digest_idx").on(t.digest),
    spaceRevokedIdx: index("api_keys_space_revoked_idx").on(t.spaceId, t.revokedAt),
    ownerIdx: index("api_keys_owner_idx").on(t.ownerRef),
  }),
);

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  space: one(keySpaces, { fields: [apiKeys.spaceId], references: [keySpaces.id] }),
  tenant: one(tenants, { relationName: "tenant_keys", fields: [apiKeys.tenantId], references: [tenants.id] }),
}));

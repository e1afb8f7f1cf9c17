// Unkey (open-source API key management, on PlanetScale/MySQL): the core of its Drizzle schema, the tables
// for workspaces, APIs, key spaces, keys, encrypted keys, RBAC and rate-limit namespaces/overrides.
// Provenance: github.com/unkeyed/unkey, internal/db/src/schema/, each file as stored at one commit:
//   workspaces.ts            026b963e39a1a7a199c326abb83799f91f6c9723
//   apis.ts                  07d8d58e70f65086c0753361300bbad22451bf83
//   keyAuth.ts               0b78dda30223390f12208941caef8a53b02072b4
//   keys.ts                  07b1fc8e5772345bbfd924d389b9006ff068540a
//   rbac.ts                  034059d57e2d0820a6337942fb787edee3dcdc81
//   ratelimit.ts             0eaa7fad03358250bcd81d4c7b9fbc422ee49991
//   util/lifecycle_dates.ts  0b78dda30223390f12208941caef8a53b02072b4
//   util/delete_protection.ts 5161f508e6bd21633b52e47b94c0f951006d62f5
//   util/embedded_encrypted.ts (the plain-varchar version, before case_sensitive_varchar)
// Changes: the files are concatenated into one module, so their imports of each other are gone; the
// `relations(...)` blocks are left out (no DDL, and they name tables outside this subset); `Subscriptions`
// from @unkey/billing is a local stand-in type. Table and column definitions are verbatim.
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

type Subscriptions = Record<string, unknown>;

// --- util/lifecycle_dates.ts
export const lifecycleDates = {
  createdAt: bigint("created_at", { mode: "number" })
    .notNull()
    .$defaultFn(() => Date.now()),
  updatedAt: bigint("updated_at", { mode: "number" }).$onUpdateFn(() => Date.now()),
};

/**
 * Over time I want to move all of our timestamps to bigints,
 *
 * These are named with a suffix, so we can have both the old ones and the new ones at the same time
 * for migrations
 */
export const lifecycleDatesMigration = {
  createdAtM: bigint("created_at_m", { mode: "number" })
    .notNull()
    .default(0)
    .$defaultFn(() => Date.now()),
  updatedAtM: bigint("updated_at_m", { mode: "number" }).$onUpdateFn(() => Date.now()),
  deletedAtM: bigint("deleted_at_m", { mode: "number" }),
};

// --- util/delete_protection.ts
export const deleteProtection = {
  /**
   * deleteProtection ensures a resource can not be soft or hard deleted while this flag is true.
   * All delete operations must check this flag before proceeding and return an error if it is true.
   *
   * Toggling this flag should be a privileged operation and must be audited.
   */
  deleteProtection: boolean("delete_protection").default(true),
};

// --- util/embedded_encrypted.ts
export const embeddedEncrypted = {
  /**
   * The encrypted base64 encoded response from vault
   * Store it as is and send it back to the vault for decryption as is.
   */
  encrypted: varchar("encrypted", { length: 1024 }).notNull(),

  /**
   * An identifier for the key used to encrypt this. Useful for knowing what keys are still being used.
   */
  encryptionKeyId: varchar("encryption_key_id", { length: 256 }).notNull(),
};

// --- workspaces.ts
export const workspaces = mysqlTable(
  "workspaces",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    // Coming from our auth provider clerk
    // This can be either a user_xxx or org_xxx id
    tenantId: varchar("tenant_id", { length: 256 }).notNull(),
    name: varchar("name", { length: 256 }).notNull(),

    createdAt: datetime("created_at", { fsp: 3 }),
    deletedAt: datetime("deleted_at", { fsp: 3 }),

    // different plans, this should only be used for visualisations in the ui
    plan: mysqlEnum("plan", ["free", "pro", "enterprise"]).default("free"),

    // stripe
    stripeCustomerId: varchar("stripe_customer_id", { length: 256 }),
    stripeSubscriptionId: varchar("stripe_subscription_id", { length: 256 }),

    // null means there was no trial
    trialEnds: datetime("trial_ends", { fsp: 3 }),

    /**
     * feature flags
     *
     * betaFeatures may be toggled by the user for early access
     */
    betaFeatures: json("beta_features")
      .$type<{
        /**
         * Can access /app/authorization pages
         */
        rbac?: boolean;

        ratelimit?: boolean;
        identities?: boolean;
      }>()
      .notNull(),
    features: json("features")
      .$type<{
        /**
         * enable audit log retention by specifiying the number of days
         *
         * undefined should fall back to a default
         */
        auditLogRetentionDays?: number;

        /**
         * enable ratelimit retention by specifiying the number of days
         * undefined, 0 or negative means it's disabled
         */
        ratelimitRetentionDays?: number;

        /**
         * How many custom overrides a workspace may create.
         */
        ratelimitOverrides?: number;

        /**
         * Can access /app/success
         */
        successPage?: boolean;

        ipWhitelist?: boolean;
        webhooks?: boolean;

        deploy?: boolean;
      }>()
      .notNull(),
    // prevent plan changes for a certain time, should be 1 day
    // deprecated, use planChanged
    planLockedUntil: datetime("plan_locked_until", { fsp: 3 }),
    /**
     * If a user requests to downgrade, we mark the workspace and downgrade it after the next
     * billing happened.
     */
    planDowngradeRequest: mysqlEnum("plan_downgrade_request", ["free"]),
    planChanged: datetime("plan_changed", { fsp: 3 }),
    subscriptions: json("subscriptions").$type<Subscriptions>(),
    /**
     * if the workspace is disabled, all API requests will be rejected
     */
    enabled: boolean("enabled").notNull().default(true),
    ...deleteProtection,
  },
  (table) => ({
    tenantIdIdx: uniqueIndex("tenant_id_idx").on(table.tenantId),
  }),
);

// --- apis.ts
export const apis = mysqlTable(
  "apis",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    name: varchar("name", { length: 256 }).notNull(),
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /**
     * comma separated ips
     */
    ipWhitelist: varchar("ip_whitelist", { length: 512 }),
    authType: mysqlEnum("auth_type", ["key", "jwt"]),
    keyAuthId: varchar("key_auth_id", { length: 256 }).unique(),
    createdAt: datetime("created_at", { mode: "date", fsp: 3 }),
    deletedAt: datetime("deleted_at", { mode: "date", fsp: 3 }),
  },
  (table) => ({
    workspaceId: index("workspace_id_idx").on(table.workspaceId),
  }),
);

// --- keyAuth.ts
export const keyAuth = mysqlTable("key_auth", {
  id: varchar("id", { length: 256 }).primaryKey(),
  workspaceId: varchar("workspace_id", { length: 256 })
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  createdAt: datetime("created_at", { mode: "date", fsp: 3 }),
  deletedAt: datetime("deleted_at", { mode: "date", fsp: 3 }),

  ...lifecycleDatesMigration,

  storeEncryptedKeys: boolean("store_encrypted_keys").notNull().default(false),
  defaultPrefix: varchar("default_prefix", { length: 8 }),
  defaultBytes: int("default_bytes").default(16),
});

// --- keys.ts
export const keys = mysqlTable(
  "keys",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    keyAuthId: varchar("key_auth_id", { length: 256 })
      .notNull()
      .references(() => keyAuth.id, { onDelete: "cascade" }),
    hash: varchar("hash", { length: 256 }).notNull(),
    start: varchar("start", { length: 256 }).notNull(),

    /**
     * This is the workspace that owns the key.
     */
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),

    /**
     * For internal keys, this is the workspace that the key is for.
     * The owning workspace is an internal one, defined in env.UNKEY_WORKSPACE_ID
     * However in order to filter and display the keys in the UI, we need to know which user/org
     * the key is for.
     *
     * This field is not used for user keys, only for the internal keys that are used to manage the unkey app itself.
     */
    forWorkspaceId: varchar("for_workspace_id", { length: 256 }),
    name: varchar("name", { length: 256 }),
    ownerId: varchar("owner_id", { length: 256 }),
    identityId: varchar("identity_id", { length: 256 }),
    meta: text("meta"),
    encryptedMeta: text("encryptedMeta"),
    createdAt: datetime("created_at", { fsp: 3 }).notNull(), // unix milli
    expires: datetime("expires", { fsp: 3 }), // unix milli,
    ...lifecycleDatesMigration,
    /**
     * When a key is revoked, we set this time field to mark it as deleted.
     *
     * All places where we show keys, should filter by this field.
     *
     * `deletedAt == null` means the key is active.
     */
    deletedAt: datetime("deleted_at", { fsp: 3 }),
    /**
     * You can refill uses to keys at a desired interval
     */
    refillInterval: mysqlEnum("refill_interval", ["daily", "monthly"]),
    refillAmount: int("refill_amount"),
    lastRefillAt: datetime("last_refill_at", { fsp: 3 }),
    /**
     * sets if key is enabled or disabled
     */
    enabled: boolean("enabled").default(true).notNull(),

    /**
     * You can limit the amount of times a key can be verified before it becomes invalid
     */

    remaining: int("remaining_requests"),
    ratelimitAsync: boolean("ratelimit_async"),
    ratelimitLimit: int("ratelimit_limit"), // max size of the bucket
    ratelimitDuration: bigint("ratelimit_duration", { mode: "number" }), // milliseconds
    /**
     * A custom environment flag for our users to divide keys.
     * For example stripe has `live` and `test` keys.
     *
     * This field is an optional string on purpose, we do not make any assumptions at this level.
     * A schema for enums or other enforcements should happen at the keyAuth level instead, where
     * common settings can be configured by the user.
     */
    environment: varchar("environment", { length: 256 }),
  },
  (table) => ({
    hashIndex: uniqueIndex("hash_idx").on(table.hash),
    keyAuthAndDeletedIndex: index("key_auth_id_deleted_at_idx").on(
      table.keyAuthId,
      table.deletedAt,
    ),
    forWorkspaceIdIndex: index("idx_keys_on_for_workspace_id").on(table.forWorkspaceId),
    ownerIdIndex: index("owner_id_idx").on(table.ownerId),
  }),
);

/**
 * Not every key will be available to be retrieved. However if a key is configured to be encrypted
 * we add a row in this table and link it back to the `keys` table.
 */
export const encryptedKeys = mysqlTable(
  "encrypted_keys",
  {
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    keyId: varchar("key_id", { length: 256 })
      .notNull()
      .references(() => keys.id, { onDelete: "cascade" }),

    ...embeddedEncrypted,
  },
  (table) => ({
    onePerKey: uniqueIndex("key_id_idx").on(table.keyId),
  }),
);

// --- rbac.ts
export const roles = mysqlTable(
  "roles",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 }).notNull(),
    keyId: varchar("key_id", { length: 256 }).notNull(),
    role: varchar("role", { length: 512 }).notNull(),
  },
  (table) => ({
    rolesIndex: index("roles_idx").on(table.role),
    workspaceIdIndex: index("workspace_id_idx").on(table.workspaceId),
    keyIdIndex: index("key_id_idx").on(table.keyId),
    uniqueKeyRoleIndex: uniqueIndex("key_role_idx").on(table.keyId, table.role),
  }),
);

export const permissions = mysqlTable(
  "permissions",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 }).notNull(),
    name: varchar("name", { length: 512 }).notNull(),
  },
  (table) => ({
    uniqueNamePerWorkspace: uniqueIndex("unique_name_per_workspace_idx").on(
      table.name,
      table.workspaceId,
    ),
    workspaceIdIndex: index("workspace_id_idx").on(table.workspaceId),
  }),
);

export const keysPermissions = mysqlTable(
  "keys_permissions",
  {
    keyId: varchar("key_id", { length: 256 }).notNull(),
    permissionId: varchar("permission_id", { length: 256 }).notNull(),
    workspaceId: varchar("workspace_id", { length: 256 }).notNull(),
  },
  (table) => ({
    pk: primaryKey({ columns: [table.keyId, table.permissionId] }),
  }),
);

// --- ratelimit.ts
export const ratelimitNamespaces = mysqlTable(
  "ratelimit_namespaces",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 512 }).notNull(),

    ...lifecycleDatesMigration,
  },
  (table) => {
    return {
      uniqueNamePerWorkspaceIdx: unique("unique_name_per_workspace_idx").on(
        table.name,
        table.workspaceId,
      ),
    };
  },
);

export const ratelimitOverrides = mysqlTable(
  "ratelimit_overrides",
  {
    id: varchar("id", { length: 256 }).primaryKey(),
    workspaceId: varchar("workspace_id", { length: 256 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    namespaceId: varchar("namespace_id", { length: 256 })
      .notNull()
      .references(() => ratelimitNamespaces.id, { onDelete: "cascade" }),
    identifier: varchar("identifier", { length: 512 }).notNull(),

    limit: int("limit").notNull(),
    /**
     * window duration in milliseconds
     */
    duration: int("duration").notNull(),
    /**
     * If true, don't wait for the origin to return, use cached values instead.
     */
    async: boolean("async"),

    /**
     * Sharding method used.
     *
     * - edge: use the worker's edge location as part of the DO id, to run local objects
     */
    sharding: mysqlEnum("sharding", ["edge"]),

    ...lifecycleDatesMigration,
  },
  (table) => {
    return {
      uniqueIdentifierPerNamespace: unique("unique_identifier_per_namespace_idx").on(
        table.identifier,
        table.namespaceId,
      ),
    };
  },
);

/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Modelled on a real open-source Drizzle schema:
 *
 *   Repository: https://github.com/simstudioai/sim
 *   Path:       packages/db/schema.ts (commit 00127b274e1b48520e3b100e40c05b913f33dc20)
 *   Licence:    Apache License 2.0 — "Copyright 2025 Sim, Inc."
 *
 * Re-typed for this test, not copied: 15 of its ~60 tables, written the way the project writes them: text
 * primary keys, `references(() => t.id, { onDelete })` with cascade / set null / no action and to tables
 * declared further down, the older object form of the extra-config callback (`(table) => ({ ... })`),
 * json/jsonb defaults given as strings (`.default('{}')`, `.default('{"maxSize": 1024, ...}')`) and as
 * `sql\`'{}'::jsonb\``, decimal columns with string defaults, text arrays with `sql\`ARRAY['info', 'error']::text[]\``
 * defaults, bigint mode number, check constraints, a GIN index on jsonb, pgEnums.
 * Adjusted: the `DEFAULT_FREE_CREDITS` constant import is replaced by its literal ('20'); the pgvector
 * `vector(...)` columns with their HNSW indexes and the generated `tsvector` columns with their GIN indexes
 * are left out (pgvector is not installed on the test server; generated columns are covered elsewhere).
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, decimal, index, integer, json, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
export const user = pgTable("user", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull(),
    image: text("image"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
    stripeCustomerId: text("stripe_customer_id"),
    isSuperUser: boolean("is_super_user").notNull().default(false),
});
export const session = pgTable("session", {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at").notNull(),
    token: text("token").notNull().unique(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    activeOrganizationId: text("active_organization_id").references(() => organization.id, { onDelete: "set null" }),
}, (table) => ({
    userIdIdx: index("session_user_id_idx").on(table.userId),
    tokenIdx: index("session_token_idx").on(table.token),
}));
export const workflowFolder = pgTable("workflow_folder", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id")
        .notNull()
        .references(() => workspace.id, { onDelete: "cascade" }),
    parentId: text("parent_id"),
    color: text("color").default("#6B7280"),
    isExpanded: boolean("is_expanded").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at").notNull().defaultNow(),
}, (table) => ({
    userIdx: index("workflow_folder_user_idx").on(table.userId),
    workspaceParentIdx: index("workflow_folder_workspace_parent_idx").on(table.workspaceId, table.parentId),
}));
export const workflow = pgTable("workflow", {
    id: text("id").primaryKey(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspace.id, { onDelete: "cascade" }),
    folderId: text("folder_id").references(() => workflowFolder.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    color: text("color").notNull().default("#3972F6"),
    lastSynced: timestamp("last_synced").notNull(),
    isDeployed: boolean("is_deployed").notNull().default(false),
    runCount: integer("run_count").notNull().default(0),
    variables: json("variables").default("{}"),
}, (table) => ({
    userIdIdx: index("workflow_user_id_idx").on(table.userId),
    userWorkspaceIdx: index("workflow_user_workspace_idx").on(table.userId, table.workspaceId),
}));
export const workflowBlocks = pgTable("workflow_blocks", {
    id: text("id").primaryKey(),
    workflowId: text("workflow_id")
        .notNull()
        .references(() => workflow.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    positionX: decimal("position_x").notNull(),
    positionY: decimal("position_y").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    height: decimal("height").notNull().default("0"),
    subBlocks: jsonb("sub_blocks").notNull().default("{}"),
    outputs: jsonb("outputs").notNull().default("{}"),
    data: jsonb("data").default("{}"),
    createdAt: timestamp("created_at").notNull().defaultNow(),
}, (table) => ({
    workflowIdIdx: index("workflow_blocks_workflow_id_idx").on(table.workflowId),
}));
export const pausedExecutions = pgTable("paused_executions", {
    id: text("id").primaryKey(),
    workflowId: text("workflow_id")
        .notNull()
        .references(() => workflow.id, { onDelete: "cascade" }),
    executionId: text("execution_id").notNull(),
    pausePoints: jsonb("pause_points").notNull(),
    status: text("status").notNull().default("paused"),
    metadata: jsonb("metadata").notNull().default(sql `'{}'::jsonb`),
    pausedAt: timestamp("paused_at").notNull().defaultNow(),
}, (table) => ({
    workflowIdx: index("paused_executions_workflow_id_idx").on(table.workflowId),
    executionUnique: uniqueIndex("paused_executions_execution_id_unique").on(table.executionId),
}));
export const notificationTypeEnum = pgEnum("notification_type", ["webhook", "email", "slack"]);
export const workspaceNotificationSubscription = pgTable("workspace_notification_subscription", {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
        .notNull()
        .references(() => workspace.id, { onDelete: "cascade" }),
    notificationType: notificationTypeEnum("notification_type").notNull(),
    workflowIds: text("workflow_ids").array().notNull().default(sql `'{}'::text[]`),
    levelFilter: text("level_filter").array().notNull().default(sql `ARRAY['info', 'error']::text[]`),
    triggerFilter: text("trigger_filter")
        .array()
        .notNull()
        .default(sql `ARRAY['api', 'webhook', 'schedule', 'manual', 'chat']::text[]`),
    emailRecipients: text("email_recipients").array(),
    webhookConfig: jsonb("webhook_config"),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
}, (table) => ({
    workspaceIdIdx: index("workspace_notification_workspace_id_idx").on(table.workspaceId),
    typeIdx: index("workspace_notification_type_idx").on(table.notificationType),
}));
export const apiKey = pgTable("api_key", {
    id: text("id").primaryKey(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspace.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    key: text("key").notNull().unique(),
    type: text("type").notNull().default("personal"),
    expiresAt: timestamp("expires_at"),
}, (table) => ({
    workspaceTypeCheck: check("workspace_type_check", sql `(type = 'workspace' AND workspace_id IS NOT NULL) OR (type = 'personal' AND workspace_id IS NULL)`),
}));
export const billingBlockedReasonEnum = pgEnum("billing_blocked_reason", ["payment_failed", "dispute"]);
export const userStats = pgTable("user_stats", {
    id: text("id").primaryKey(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" })
        .unique(),
    totalManualExecutions: integer("total_manual_executions").notNull().default(0),
    totalCost: decimal("total_cost").notNull().default("0"),
    currentUsageLimit: decimal("current_usage_limit").default("20"),
    usageLimitUpdatedAt: timestamp("usage_limit_updated_at").defaultNow(),
    lastPeriodCost: decimal("last_period_cost").default("0"),
    storageUsedBytes: bigint("storage_used_bytes", { mode: "number" }).notNull().default(0),
    billingBlocked: boolean("billing_blocked").notNull().default(false),
    billingBlockedReason: billingBlockedReasonEnum("billing_blocked_reason"),
});
export const subscription = pgTable("subscription", {
    id: text("id").primaryKey(),
    plan: text("plan").notNull(),
    referenceId: text("reference_id").notNull(),
    status: text("status"),
    seats: integer("seats"),
    metadata: json("metadata"),
}, (table) => ({
    referenceStatusIdx: index("subscription_reference_status_idx").on(table.referenceId, table.status),
    enterpriseMetadataCheck: check("check_enterprise_metadata", sql `plan != 'enterprise' OR metadata IS NOT NULL`),
}));
export const organization = pgTable("organization", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    metadata: json("metadata"),
    orgUsageLimit: decimal("org_usage_limit"),
    storageUsedBytes: bigint("storage_used_bytes", { mode: "number" }).notNull().default(0),
    creditBalance: decimal("credit_balance").notNull().default("0"),
    createdAt: timestamp("created_at").defaultNow().notNull(),
});
export const workspace = pgTable("workspace", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    ownerId: text("owner_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    billedAccountUserId: text("billed_account_user_id")
        .notNull()
        .references(() => user.id, { onDelete: "no action" }),
    allowPersonalApiKeys: boolean("allow_personal_api_keys").notNull().default(true),
    createdAt: timestamp("created_at").notNull().defaultNow(),
});
export const permissionTypeEnum = pgEnum("permission_type", ["admin", "write", "read"]);
export const permissions = pgTable("permissions", {
    id: text("id").primaryKey(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    permissionType: permissionTypeEnum("permission_type").notNull(),
}, (table) => ({
    userIdIdx: index("permissions_user_id_idx").on(table.userId),
    entityIdx: index("permissions_entity_idx").on(table.entityType, table.entityId),
    userEntityPermissionIdx: index("permissions_user_entity_permission_idx").on(table.userId, table.entityType, table.permissionType),
    uniquePermissionConstraint: uniqueIndex("permissions_unique_constraint").on(table.userId, table.entityType, table.entityId),
}));
export const knowledgeBase = pgTable("knowledge_base", {
    id: text("id").primaryKey(),
    userId: text("user_id")
        .notNull()
        .references(() => user.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspace.id),
    name: text("name").notNull(),
    embeddingModel: text("embedding_model").notNull().default("text-embedding-3-small"),
    embeddingDimension: integer("embedding_dimension").notNull().default(1536),
    chunkingConfig: json("chunking_config").notNull().default('{"maxSize": 1024, "minSize": 1, "overlap": 200}'),
    deletedAt: timestamp("deleted_at"),
}, (table) => ({
    userWorkspaceIdx: index("kb_user_workspace_idx").on(table.userId, table.workspaceId),
    deletedAtIdx: index("kb_deleted_at_idx").on(table.deletedAt),
}));
export const docsEmbeddings = pgTable("docs_embeddings", {
    chunkId: uuid("chunk_id").primaryKey().defaultRandom(),
    chunkText: text("chunk_text").notNull(),
    sourceDocument: text("source_document").notNull(),
    headerLevel: integer("header_level").notNull(),
    metadata: jsonb("metadata").notNull().default("{}"),
    createdAt: timestamp("created_at").notNull().defaultNow(),
}, (table) => ({
    sourceHeaderIdx: index("docs_emb_source_header_idx").on(table.sourceDocument, table.headerLevel),
    metadataGinIdx: index("docs_emb_metadata_gin_idx").using("gin", table.metadata),
    headerLevelCheck: check("docs_header_level_check", sql `"header_level" >= 1 AND "header_level" <= 6`),
}));

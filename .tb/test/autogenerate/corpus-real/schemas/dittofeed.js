/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Modelled on a real open-source Drizzle schema:
 *
 *   Repository: https://github.com/dittofeed/dittofeed
 *   Path:       packages/backend-lib/src/db/schema.ts (commit 15e9a26eea56f0e466c8f08884274ee3aa0b084f)
 *   Licence:    MIT — "Copyright (c) [2023] [Idea Market inc.]"
 *
 * Re-typed for this test, not copied: 14 of its ~35 tables, written the way the project writes them (a schema
 * introspected from a Prisma database by drizzle-kit, then maintained by hand): PascalCase enums and tables,
 * camelCase columns named by their keys (`uuid()`), `uuid().primaryKey().defaultRandom()`, timestamp(3) with
 * defaultNow and `$onUpdate`, `jsonb().default([])`, every index with `.using("btree", col.asc().nullsLast()
 * .op("uuid_ops"))`, named foreign keys with onUpdate cascade and onDelete cascade / set null / restrict,
 * `unique(...).nullsNotDistinct()`, nullable enum columns with defaults, timestamp mode "string".
 */
import { boolean, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
export const computedPropertyType = pgEnum("ComputedPropertyType", ["Segment", "UserProperty"]);
export const dbBroadcastStatus = pgEnum("DBBroadcastStatus", ["NotStarted", "InProgress", "Triggered"]);
export const dbBroadcastStatusV2 = pgEnum("DBBroadcastStatusV2", ["Draft", "Scheduled", "Running", "Paused", "Completed", "Cancelled", "Failed"]);
export const dbBroadcastVersion = pgEnum("DBBroadcastVersion", ["V1", "V2"]);
export const dbChannelType = pgEnum("DBChannelType", ["Email", "MobilePush", "Sms", "Webhook"]);
export const dbResourceType = pgEnum("DBResourceType", ["Declarative", "Internal"]);
export const dbSubscriptionGroupType = pgEnum("DBSubscriptionGroupType", ["OptIn", "OptOut"]);
export const journeyStatus = pgEnum("JourneyStatus", ["NotStarted", "Running", "Paused", "Broadcast"]);
export const segmentStatus = pgEnum("SegmentStatus", ["NotStarted", "Running", "Paused"]);
export const userPropertyStatus = pgEnum("UserPropertyStatus", ["NotStarted", "Running", "Paused"]);
export const workspaceStatus = pgEnum("WorkspaceStatus", ["Active", "Tombstoned", "Paused"]);
export const workspaceType = pgEnum("WorkspaceType", ["Root", "Child", "Parent"]);
export const workspace = pgTable("Workspace", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    name: text().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    updatedAt: timestamp({ precision: 3, mode: "date" })
        .defaultNow()
        .$onUpdate(() => new Date())
        .notNull(),
    domain: text(),
    type: workspaceType().default("Root").notNull(),
    externalId: text(),
    parentWorkspaceId: uuid(),
    status: workspaceStatus().default("Active").notNull(),
}, (table) => [
    unique("Workspace_parentWorkspaceId_externalId_key").on(table.parentWorkspaceId, table.externalId),
    unique("Workspace_parentWorkspaceId_name_key").on(table.parentWorkspaceId, table.name).nullsNotDistinct(),
]);
export const realtimeSegmentEvalJob = pgTable("RealtimeSegmentEvalJob", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    messageId: text().notNull(),
    userId: text(),
    userOrAnonymousId: text().notNull(),
    eventType: text().notNull(),
    traitPaths: jsonb().default([]).notNull(),
    propertyPaths: jsonb().default([]).notNull(),
    payload: jsonb().notNull(),
    eventTime: timestamp({ precision: 3, mode: "date" }).notNull(),
    status: text().default("Pending").notNull(),
    attempts: integer().default(0).notNull(),
    availableAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    lockedAt: timestamp({ precision: 3, mode: "date" }),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
}, (table) => [
    uniqueIndex("RealtimeSegmentEvalJob_workspaceId_messageId_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.messageId.asc().nullsLast().op("text_ops")),
    index("RealtimeSegmentEvalJob_status_availableAt_idx").using("btree", table.status.asc().nullsLast().op("text_ops"), table.availableAt.asc().nullsLast().op("timestamp_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "RealtimeSegmentEvalJob_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const userProperty = pgTable("UserProperty", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    definition: jsonb().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    updatedAt: timestamp({ precision: 3, mode: "date" })
        .defaultNow()
        .$onUpdate(() => new Date())
        .notNull(),
    resourceType: dbResourceType().default("Declarative").notNull(),
    definitionUpdatedAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    status: userPropertyStatus().default("Running").notNull(),
    exampleValue: text(),
}, (table) => [
    uniqueIndex("UserProperty_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "UserProperty_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const userPropertyAssignment = pgTable("UserPropertyAssignment", {
    userId: text().notNull(),
    userPropertyId: uuid().notNull(),
    value: text().notNull(),
    workspaceId: uuid().notNull(),
}, (table) => [
    index("UserPropertyAssignment_userId_idx").using("btree", table.userId.asc().nullsLast().op("text_ops")),
    uniqueIndex("UserPropertyAssignment_workspaceId_userPropertyId_userId_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.userPropertyId.asc().nullsLast().op("uuid_ops"), table.userId.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "UserPropertyAssignment_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
    foreignKey({ columns: [table.userPropertyId], foreignColumns: [userProperty.id], name: "UserPropertyAssignment_userPropertyId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const emailProvider = pgTable("EmailProvider", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    type: text().notNull(),
    apiKey: text(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    secretId: uuid(),
}, (table) => [
    uniqueIndex("EmailProvider_workspaceId_type_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.type.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "EmailProvider_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
    // A foreign key to a table declared further down.
    foreignKey({ columns: [table.secretId], foreignColumns: [secret.id], name: "EmailProvider_secretId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const userJourneyEvent = pgTable("UserJourneyEvent", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    userId: text().notNull(),
    journeyId: uuid(),
    type: text().notNull(),
    journeyStartedAt: timestamp({ precision: 3, mode: "date" }).notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    nodeId: text(),
    eventKey: text(),
    eventKeyName: text(),
}, (table) => [
    uniqueIndex("UserJourneyEvent_journeyId_userId_eventKey_eventKeyName_typ_key").using("btree", table.journeyId.asc().nullsLast().op("uuid_ops"), table.userId.asc().nullsLast().op("text_ops"), table.eventKey.asc().nullsLast().op("text_ops"), table.eventKeyName.asc().nullsLast().op("text_ops"), table.type.asc().nullsLast().op("text_ops"), table.journeyStartedAt.asc().nullsLast().op("timestamp_ops"), table.nodeId.asc().nullsLast().op("text_ops")),
]);
export const subscriptionGroup = pgTable("SubscriptionGroup", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    type: dbSubscriptionGroupType().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    channel: dbChannelType().notNull(),
}, (table) => [
    index("SubscriptionGroup_workspaceId_idx").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops")),
    uniqueIndex("SubscriptionGroup_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "SubscriptionGroup_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const broadcast = pgTable("Broadcast", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    triggeredAt: timestamp({ precision: 3, mode: "date" }),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    journeyId: uuid(),
    segmentId: uuid(),
    status: dbBroadcastStatus().default("NotStarted"),
    statusV2: dbBroadcastStatusV2().default("Draft"),
    scheduledAt: timestamp({ precision: 3, mode: "string", withTimezone: false }),
    version: dbBroadcastVersion().default("V1"),
    archived: boolean().default(false).notNull(),
    config: jsonb(),
}, (table) => [
    uniqueIndex("Broadcast_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.segmentId], foreignColumns: [segment.id], name: "Broadcast_segmentId_fkey" })
        .onUpdate("cascade")
        .onDelete("set null"),
    foreignKey({ columns: [table.journeyId], foreignColumns: [journey.id], name: "Broadcast_journeyId_fkey" })
        .onUpdate("cascade")
        .onDelete("set null"),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "Broadcast_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("restrict"),
]);
export const secret = pgTable("Secret", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    value: text(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    configValue: jsonb(),
}, (table) => [
    uniqueIndex("Secret_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "Secret_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const workspaceMember = pgTable("WorkspaceMember", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    email: text(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    emailVerified: boolean().default(false).notNull(),
    image: text(),
    name: text(),
    lastWorkspaceId: uuid(),
}, (table) => [
    uniqueIndex("WorkspaceMember_email_key").using("btree", table.email.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.lastWorkspaceId], foreignColumns: [workspace.id], name: "WorkspaceMember_lastWorkspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("set null"),
]);
export const segment = pgTable("Segment", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    definition: jsonb().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    resourceType: dbResourceType().default("Declarative").notNull(),
    subscriptionGroupId: uuid(),
    status: segmentStatus().default("Running").notNull(),
}, (table) => [
    index("Segment_resourceType_idx").using("btree", table.resourceType.asc().nullsLast().op("enum_ops")),
    uniqueIndex("Segment_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "Segment_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
    foreignKey({ columns: [table.subscriptionGroupId], foreignColumns: [subscriptionGroup.id], name: "Segment_subscriptionGroupId_fkey" })
        .onUpdate("cascade")
        .onDelete("set null"),
]);
export const journey = pgTable("Journey", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    status: journeyStatus().default("NotStarted").notNull(),
    definition: jsonb(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    journeyType: text().default("Marketing").notNull(),
    resourceType: dbResourceType().default("Declarative").notNull(),
    canRunMultiple: boolean().default(false).notNull(),
    statusUpdatedAt: timestamp({ precision: 3, mode: "date" }),
}, (table) => [
    uniqueIndex("Journey_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "Journey_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const computedPropertyPeriod = pgTable("ComputedPropertyPeriod", {
    id: uuid().primaryKey().defaultRandom().notNull(),
    workspaceId: uuid().notNull(),
    type: computedPropertyType().notNull(),
    computedPropertyId: uuid().notNull(),
    version: text().notNull(),
    from: timestamp({ precision: 3, mode: "date" }),
    to: timestamp({ precision: 3, mode: "date" }).notNull(),
    step: text().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
}, (table) => [
    index("ComputedPropertyPeriod_workspaceId_type_computedPropertyId__idx").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.type.asc().nullsLast().op("enum_ops"), table.computedPropertyId.asc().nullsLast().op("uuid_ops"), table.to.asc().nullsLast().op("timestamp_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "ComputedPropertyPeriod_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);
export const feature = pgTable("Feature", {
    workspaceId: uuid().notNull(),
    name: text().notNull(),
    enabled: boolean().default(false).notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    config: jsonb(),
}, (table) => [
    uniqueIndex("Feature_workspaceId_name_key").using("btree", table.workspaceId.asc().nullsLast().op("uuid_ops"), table.name.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.workspaceId], foreignColumns: [workspace.id], name: "Feature_workspaceId_fkey" })
        .onUpdate("cascade")
        .onDelete("cascade"),
]);

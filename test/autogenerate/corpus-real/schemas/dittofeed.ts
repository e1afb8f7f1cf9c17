/*
 * Test data written for this corpus, modelled on dittofeed/dittofeed's backend Drizzle schema (MIT), a schema
 * introspected from a Prisma database by drizzle-kit and then maintained by hand: the idioms it exercises:
 * PascalCase enums and tables, camelCase columns named by their keys (`uuid()`, `text()`), including the
 * reserved words "from" and "to"; `uuid().primaryKey().defaultRandom().notNull()`; timestamp(3) mode "date"
 * with defaultNow and `$onUpdate`, and one in mode "string" without time zone; `jsonb().default([])`;
 * indexes written as `.using("btree", col.asc().nullsLast().op("uuid_ops" | "text_ops" | "enum_ops" |
 * "timestamp_ops"))`, unique and not, on up to seven columns, one named with 63 characters; named foreign keys
 * with onUpdate cascade and onDelete cascade / set null / restrict, also to tables declared further down;
 * `unique(...)` and `unique(...).nullsNotDistinct()` constraints; enum columns with defaults, nullable and
 * not; tables without a primary key. Tables, enums, columns and names are this corpus's own (a messaging
 * platform: tenants, audiences, flows, campaigns), not the project's.
 */
import { boolean, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const tenantKind = pgEnum("TenantKind", ["Single", "Sub", "Group"]);
export const tenantState = pgEnum("TenantState", ["Live", "Deleted", "Frozen"]);
export const ownership = pgEnum("Ownership", ["Managed", "System"]);
export const deliveryMedium = pgEnum("DeliveryMedium", ["Mail", "Push", "Text", "Hook"]);
export const optMode = pgEnum("OptMode", ["In", "Out"]);
export const derivedKind = pgEnum("DerivedKind", ["Audience", "Trait"]);
export const traitPhase = pgEnum("TraitPhase", ["Idle", "Live", "Held"]);
export const audiencePhase = pgEnum("AudiencePhase", ["Idle", "Live", "Held"]);
export const flowPhase = pgEnum("FlowPhase", ["Idle", "Live", "Held", "Oneshot"]);
export const campaignPhase = pgEnum("CampaignPhase", ["Idle", "Sending", "Sent"]);
export const campaignPhaseV2 = pgEnum("CampaignPhaseV2", ["Drafted", "Queued", "Sending", "Held", "Done", "Aborted", "Errored"]);
export const campaignRevision = pgEnum("CampaignRevision", ["R1", "R2"]);

export const tenant = pgTable(
  "Tenant",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    label: text().notNull(),
    kind: tenantKind().default("Single").notNull(),
    state: tenantState().default("Live").notNull(),
    hostname: text(),
    outsideRef: text(),
    parentTenantId: uuid(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    updatedAt: timestamp({ precision: 3, mode: "date" })
      .defaultNow()
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (table) => [
    unique("Tenant_parentTenantId_label_key").on(table.parentTenantId, table.label).nullsNotDistinct(),
    unique("Tenant_parentTenantId_outsideRef_key").on(table.parentTenantId, table.outsideRef),
  ],
);

// Work queue for recomputing audiences as events arrive.
export const liveAudienceJob = pgTable(
  "LiveAudienceJob",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    eventRef: text().notNull(),
    contactId: text(),
    anyContactId: text().notNull(),
    eventKind: text().notNull(),
    attributePaths: jsonb().default([]).notNull(),
    detailPaths: jsonb().default([]).notNull(),
    body: jsonb().notNull(),
    happenedAt: timestamp({ precision: 3, mode: "date" }).notNull(),
    phase: text().default("Waiting").notNull(),
    tries: integer().default(0).notNull(),
    dueAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    claimedAt: timestamp({ precision: 3, mode: "date" }),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "LiveAudienceJob_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
    index("LiveAudienceJob_phase_dueAt_idx").using(
      "btree",
      table.phase.asc().nullsLast().op("text_ops"),
      table.dueAt.asc().nullsLast().op("timestamp_ops"),
    ),
    uniqueIndex("LiveAudienceJob_tenantId_eventRef_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.eventRef.asc().nullsLast().op("text_ops"),
    ),
  ],
);

export const trait = pgTable(
  "Trait",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    rule: jsonb().notNull(),
    ownership: ownership().default("Managed").notNull(),
    phase: traitPhase().default("Live").notNull(),
    sampleValue: text(),
    ruleChangedAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    updatedAt: timestamp({ precision: 3, mode: "date" })
      .defaultNow()
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (table) => [
    uniqueIndex("Trait_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Trait_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

// No primary key: one row per (tenant, trait, contact), kept unique by an index.
export const traitValue = pgTable(
  "TraitValue",
  {
    tenantId: uuid().notNull(),
    traitId: uuid().notNull(),
    contactId: text().notNull(),
    value: text().notNull(),
  },
  (table) => [
    uniqueIndex("TraitValue_tenantId_traitId_contactId_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.traitId.asc().nullsLast().op("uuid_ops"),
      table.contactId.asc().nullsLast().op("text_ops"),
    ),
    index("TraitValue_contactId_idx").using("btree", table.contactId.asc().nullsLast().op("text_ops")),
    foreignKey({ columns: [table.traitId], foreignColumns: [trait.id], name: "TraitValue_traitId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "TraitValue_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const mailGateway = pgTable(
  "MailGateway",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    vendor: text().notNull(),
    token: text(),
    credentialId: uuid(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("MailGateway_tenantId_vendor_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.vendor.asc().nullsLast().op("text_ops"),
    ),
    // Credential is declared further down.
    foreignKey({ columns: [table.credentialId], foreignColumns: [credential.id], name: "MailGateway_credentialId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "MailGateway_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const flowStepEvent = pgTable(
  "FlowStepEvent",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    flowId: uuid(),
    contactId: text().notNull(),
    kind: text().notNull(),
    stepId: text(),
    stepKey: text(),
    stepKeyLabel: text(),
    flowStartedAt: timestamp({ precision: 3, mode: "date" }).notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    // Seven columns; the name is 63 characters, the most PostgreSQL keeps.
    uniqueIndex("FlowStepEvent_flowId_contactId_stepKey_stepKeyLabel_kind_st_key").using(
      "btree",
      table.flowId.asc().nullsLast().op("uuid_ops"),
      table.contactId.asc().nullsLast().op("text_ops"),
      table.stepKey.asc().nullsLast().op("text_ops"),
      table.stepKeyLabel.asc().nullsLast().op("text_ops"),
      table.kind.asc().nullsLast().op("text_ops"),
      table.flowStartedAt.asc().nullsLast().op("timestamp_ops"),
      table.stepId.asc().nullsLast().op("text_ops"),
    ),
  ],
);

export const optList = pgTable(
  "OptList",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    mode: optMode().notNull(),
    medium: deliveryMedium().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("OptList_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    index("OptList_tenantId_idx").using("btree", table.tenantId.asc().nullsLast().op("uuid_ops")),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "OptList_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const campaign = pgTable(
  "Campaign",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    audienceId: uuid(),
    flowId: uuid(),
    phase: campaignPhase().default("Idle"),
    phaseV2: campaignPhaseV2().default("Drafted"),
    revision: campaignRevision().default("R1"),
    firedAt: timestamp({ precision: 3, mode: "date" }),
    plannedFor: timestamp({ precision: 3, mode: "string", withTimezone: false }),
    hidden: boolean().default(false).notNull(),
    options: jsonb(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Campaign_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("restrict"),
    foreignKey({ columns: [table.flowId], foreignColumns: [flow.id], name: "Campaign_flowId_fkey" })
      .onUpdate("cascade")
      .onDelete("set null"),
    foreignKey({ columns: [table.audienceId], foreignColumns: [audience.id], name: "Campaign_audienceId_fkey" })
      .onUpdate("cascade")
      .onDelete("set null"),
    uniqueIndex("Campaign_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
  ],
);

export const credential = pgTable(
  "Credential",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    plain: text(),
    structured: jsonb(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("Credential_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Credential_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const operator = pgTable(
  "Operator",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    fullName: text(),
    mail: text(),
    mailConfirmed: boolean().default(false).notNull(),
    avatar: text(),
    recentTenantId: uuid(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    foreignKey({ columns: [table.recentTenantId], foreignColumns: [tenant.id], name: "Operator_recentTenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("set null"),
    uniqueIndex("Operator_mail_key").using("btree", table.mail.asc().nullsLast().op("text_ops")),
  ],
);

export const audience = pgTable(
  "Audience",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    rule: jsonb().notNull(),
    ownership: ownership().default("Managed").notNull(),
    phase: audiencePhase().default("Live").notNull(),
    optListId: uuid(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("Audience_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    index("Audience_ownership_idx").using("btree", table.ownership.asc().nullsLast().op("enum_ops")),
    foreignKey({ columns: [table.optListId], foreignColumns: [optList.id], name: "Audience_optListId_fkey" })
      .onUpdate("cascade")
      .onDelete("set null"),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Audience_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const flow = pgTable(
  "Flow",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    label: text().notNull(),
    phase: flowPhase().default("Idle").notNull(),
    graph: jsonb(),
    purpose: text().default("Outreach").notNull(),
    ownership: ownership().default("Managed").notNull(),
    repeatable: boolean().default(false).notNull(),
    phaseChangedAt: timestamp({ precision: 3, mode: "date" }),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    uniqueIndex("Flow_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Flow_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

export const derivedWindow = pgTable(
  "DerivedWindow",
  {
    id: uuid().primaryKey().defaultRandom().notNull(),
    tenantId: uuid().notNull(),
    kind: derivedKind().notNull(),
    derivedId: uuid().notNull(),
    revision: text().notNull(),
    from: timestamp({ precision: 3, mode: "date" }),
    to: timestamp({ precision: 3, mode: "date" }).notNull(),
    stage: text().notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
  },
  (table) => [
    index("DerivedWindow_tenantId_kind_derivedId_to_idx").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.kind.asc().nullsLast().op("enum_ops"),
      table.derivedId.asc().nullsLast().op("uuid_ops"),
      table.to.asc().nullsLast().op("timestamp_ops"),
    ),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "DerivedWindow_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

// No primary key either: toggles are unique per (tenant, label).
export const toggle = pgTable(
  "Toggle",
  {
    tenantId: uuid().notNull(),
    label: text().notNull(),
    on: boolean().default(false).notNull(),
    createdAt: timestamp({ precision: 3, mode: "date" }).defaultNow().notNull(),
    settings: jsonb(),
  },
  (table) => [
    uniqueIndex("Toggle_tenantId_label_key").using(
      "btree",
      table.tenantId.asc().nullsLast().op("uuid_ops"),
      table.label.asc().nullsLast().op("text_ops"),
    ),
    foreignKey({ columns: [table.tenantId], foreignColumns: [tenant.id], name: "Toggle_tenantId_fkey" })
      .onUpdate("cascade")
      .onDelete("cascade"),
  ],
);

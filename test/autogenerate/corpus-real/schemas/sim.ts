/*
 * Test data written for this corpus, modelled on simstudioai/sim's packages/db/schema.ts (Apache License 2.0):
 * the idioms it exercises: text primary keys; `.references(() => t.id, { onDelete })` with cascade, set null
 * and no action, also to tables declared further down; a column that is both a foreign key and `.unique()`;
 * the older object form of the extra-config callback (`(table) => ({ ... })`) with plain, multi-column and
 * unique indexes; json/jsonb defaults given as strings (`.default("{}")`, a JSON object string) and as
 * sql`'{}'::jsonb`; decimal columns with string defaults; text arrays with sql`'{}'::text[]` and
 * sql`ARRAY[...]::text[]` defaults; bigint mode "number"; check constraints over several columns; a GIN index on
 * jsonb; pgEnums (nullable and not); a uuid key with defaultRandom. Tables and columns are this corpus's own
 * (an automation service: flows made of steps), not the project's.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, decimal, index, integer, json, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const operator = pgTable("operator", {
  id: text("id").primaryKey(),
  fullName: text("full_name").notNull(),
  mail: text("mail").notNull().unique(),
  mailChecked: boolean("mail_checked").notNull(),
  portrait: text("portrait"),
  joinedAt: timestamp("joined_at").notNull(),
  changedAt: timestamp("changed_at").notNull(),
  paymentsRef: text("payments_ref"),
  isStaff: boolean("is_staff").notNull().default(false),
});

export const loginSession = pgTable(
  "login_session",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    secret: text("secret").notNull().unique(),
    endsAt: timestamp("ends_at").notNull(),
    currentTeamId: text("current_team_id").references(() => team.id, { onDelete: "set null" }),
  },
  (table) => ({
    operatorIdx: index("login_session_operator_idx").on(table.operatorId),
    secretIdx: index("login_session_secret_idx").on(table.secret),
  }),
);

export const shelf = pgTable(
  "shelf",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    spaceId: text("space_id")
      .notNull()
      .references(() => space.id, { onDelete: "cascade" }),
    parentShelfId: text("parent_shelf_id"),
    tint: text("tint").default("#9CA3AF"),
    isOpen: boolean("is_open").notNull().default(true),
    rank: integer("rank").notNull().default(0),
    madeAt: timestamp("made_at").notNull().defaultNow(),
  },
  (table) => ({
    operatorIdx: index("shelf_operator_idx").on(table.operatorId),
    spaceParentIdx: index("shelf_space_parent_idx").on(table.spaceId, table.parentShelfId),
  }),
);

export const flow = pgTable(
  "flow",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    spaceId: text("space_id").references(() => space.id, { onDelete: "cascade" }),
    shelfId: text("shelf_id").references(() => shelf.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    tint: text("tint").notNull().default("#2563EB"),
    savedAt: timestamp("saved_at").notNull(),
    isLive: boolean("is_live").notNull().default(false),
    timesRun: integer("times_run").notNull().default(0),
    params: json("params").default("{}"),
  },
  (table) => ({
    operatorIdx: index("flow_operator_idx").on(table.operatorId),
    operatorSpaceIdx: index("flow_operator_space_idx").on(table.operatorId, table.spaceId),
  }),
);

export const flowStep = pgTable(
  "flow_step",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id")
      .notNull()
      .references(() => flow.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    left: decimal("left").notNull(),
    top: decimal("top").notNull(),
    active: boolean("active").notNull().default(true),
    depth: decimal("depth").notNull().default("0"),
    inputs: jsonb("inputs").notNull().default("{}"),
    results: jsonb("results").notNull().default("{}"),
    extra: jsonb("extra").default("{}"),
    madeAt: timestamp("made_at").notNull().defaultNow(),
  },
  (table) => ({
    flowIdx: index("flow_step_flow_idx").on(table.flowId),
  }),
);

export const heldRun = pgTable(
  "held_run",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id")
      .notNull()
      .references(() => flow.id, { onDelete: "cascade" }),
    runId: text("run_id").notNull(),
    checkpoints: jsonb("checkpoints").notNull(),
    state: text("state").notNull().default("held"),
    context: jsonb("context").notNull().default(sql`'{}'::jsonb`),
    heldAt: timestamp("held_at").notNull().defaultNow(),
  },
  (table) => ({
    flowIdx: index("held_run_flow_idx").on(table.flowId),
    runUnique: uniqueIndex("held_run_run_id_uq").on(table.runId),
  }),
);

export const alertChannel = pgEnum("alert_channel", ["hook", "mail", "chat"]);

export const alertRule = pgTable(
  "alert_rule",
  {
    id: text("id").primaryKey(),
    spaceId: text("space_id")
      .notNull()
      .references(() => space.id, { onDelete: "cascade" }),
    channel: alertChannel("channel").notNull(),
    flowIds: text("flow_ids").array().notNull().default(sql`'{}'::text[]`),
    severities: text("severities").array().notNull().default(sql`ARRAY['warn', 'fatal']::text[]`),
    origins: text("origins")
      .array()
      .notNull()
      .default(sql`ARRAY['cron', 'hook', 'manual', 'api']::text[]`),
    mailTo: text("mail_to").array(),
    hookSettings: jsonb("hook_settings"),
    enabled: boolean("enabled").notNull().default(true),
    ownerId: text("owner_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
  },
  (table) => ({
    spaceIdx: index("alert_rule_space_idx").on(table.spaceId),
    channelIdx: index("alert_rule_channel_idx").on(table.channel),
  }),
);

export const accessToken = pgTable(
  "access_token",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    spaceId: text("space_id").references(() => space.id, { onDelete: "cascade" }),
    issuedBy: text("issued_by").references(() => operator.id, { onDelete: "set null" }),
    label: text("label").notNull(),
    digest: text("digest").notNull().unique(),
    scope: text("scope").notNull().default("own"),
    lapsesAt: timestamp("lapses_at"),
  },
  (_table) => ({
    scopeCheck: check("access_token_scope_check", sql`(scope = 'space' AND space_id IS NOT NULL) OR (scope = 'own' AND space_id IS NULL)`),
  }),
);

export const holdReason = pgEnum("hold_reason", ["card_declined", "chargeback"]);

export const spendTotals = pgTable("spend_totals", {
  id: text("id").primaryKey(),
  operatorId: text("operator_id")
    .notNull()
    .references(() => operator.id, { onDelete: "cascade" })
    .unique(),
  manualRuns: integer("manual_runs").notNull().default(0),
  spent: decimal("spent").notNull().default("0"),
  spendCap: decimal("spend_cap").default("20"),
  capChangedAt: timestamp("cap_changed_at").defaultNow(),
  previousSpent: decimal("previous_spent").default("0"),
  bytesStored: bigint("bytes_stored", { mode: "number" }).notNull().default(0),
  onHold: boolean("on_hold").notNull().default(false),
  holdReason: holdReason("hold_reason"),
});

export const planContract = pgTable(
  "plan_contract",
  {
    id: text("id").primaryKey(),
    tier: text("tier").notNull(),
    holderId: text("holder_id").notNull(),
    state: text("state"),
    licences: integer("licences"),
    details: json("details"),
  },
  (table) => ({
    holderStateIdx: index("plan_contract_holder_state_idx").on(table.holderId, table.state),
    premiumDetailsCheck: check("plan_contract_premium_details", sql`tier != 'premium' OR details IS NOT NULL`),
  }),
);

export const team = pgTable("team", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  handle: text("handle").notNull(),
  details: json("details"),
  teamSpendCap: decimal("team_spend_cap"),
  bytesStored: bigint("bytes_stored", { mode: "number" }).notNull().default(0),
  credit: decimal("credit").notNull().default("0"),
  madeAt: timestamp("made_at").defaultNow().notNull(),
});

export const space = pgTable("space", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  ownerId: text("owner_id")
    .notNull()
    .references(() => operator.id, { onDelete: "cascade" }),
  payerId: text("payer_id")
    .notNull()
    .references(() => operator.id, { onDelete: "no action" }),
  personalTokensAllowed: boolean("personal_tokens_allowed").notNull().default(true),
  madeAt: timestamp("made_at").notNull().defaultNow(),
});

export const grantLevel = pgEnum("grant_level", ["owner", "editor", "viewer"]);

export const grants = pgTable(
  "grants",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    targetKind: text("target_kind").notNull(),
    targetId: text("target_id").notNull(),
    level: grantLevel("level").notNull(),
  },
  (table) => ({
    operatorIdx: index("grants_operator_idx").on(table.operatorId),
    targetIdx: index("grants_target_idx").on(table.targetKind, table.targetId),
    operatorTargetLevelIdx: index("grants_operator_kind_level_idx").on(table.operatorId, table.targetKind, table.level),
    oneGrant: uniqueIndex("grants_one_per_target").on(table.operatorId, table.targetKind, table.targetId),
  }),
);

export const library = pgTable(
  "library",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operator.id, { onDelete: "cascade" }),
    spaceId: text("space_id").references(() => space.id),
    title: text("title").notNull(),
    encoder: text("encoder").notNull().default("small-encoder-v2"),
    dimensions: integer("dimensions").notNull().default(768),
    splitting: json("splitting").notNull().default('{"chunk": 800, "floor": 50, "overlap": 120}'),
    trashedAt: timestamp("trashed_at"),
  },
  (table) => ({
    operatorSpaceIdx: index("library_operator_space_idx").on(table.operatorId, table.spaceId),
    trashedAtIdx: index("library_trashed_at_idx").on(table.trashedAt),
  }),
);

export const manualPassage = pgTable(
  "manual_passage",
  {
    passageId: uuid("passage_id").primaryKey().defaultRandom(),
    passage: text("passage").notNull(),
    sourcePage: text("source_page").notNull(),
    headingDepth: integer("heading_depth").notNull(),
    attrs: jsonb("attrs").notNull().default("{}"),
    madeAt: timestamp("made_at").notNull().defaultNow(),
  },
  (table) => ({
    pageDepthIdx: index("manual_passage_page_depth_idx").on(table.sourcePage, table.headingDepth),
    attrsGinIdx: index("manual_passage_attrs_gin_idx").using("gin", table.attrs),
    depthCheck: check("manual_passage_depth_check", sql`"heading_depth" >= 1 AND "heading_depth" <= 6`),
  }),
);

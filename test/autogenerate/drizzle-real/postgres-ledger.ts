/**
 * Modelled on midday's PostgreSQL schema (midday-ai/midday, packages/db/src/schema.ts, AGPL-3.0; a schema first
 * written by `drizzle-kit pull` and then kept by hand): written anew here with the same drizzle features: pgEnum
 * (camelCase type names too), customType for tsvector and for a numeric taking a config, a generated tsvector
 * column over a multi-line sql``, GIN and GiST indexes with operator classes (pg_trgm), `.asc().nullsLast().op()`
 * keys, named foreignKey()s with onDelete, a two-column foreign key to a two-column primary key, unique().on, a
 * partial uniqueIndex, `text().array()`, jsonb, uuid `defaultRandom()`, a self reference, and pgPolicy (RLS).
 */
import { type SQL, relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

export const searchVector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const money = customType<{ data: number; driverData: string; config: { precision?: number; scale?: number } }>({
  dataType: (config) => (config?.precision && config?.scale ? `numeric(${config.precision}, ${config.scale})` : "numeric"),
  fromDriver: (value: string) => Number.parseFloat(value),
  toDriver: (value: number) => value.toString(),
});

export const entryKind = pgEnum("entryKind", ["card", "transfer", "fee", "interest", "other"]);
export const entryState = pgEnum("entry_state", ["booked", "pending", "void"]);
export const billState = pgEnum("bill_state", ["draft", "sent", "paid", "overdue"]);

export const workspaces = pgTable("workspaces", { id: uuid().defaultRandom().primaryKey().notNull(), name: text() });
export const people = pgTable("people", { id: uuid().primaryKey().notNull(), fullName: text("full_name") });

export const ledgerCategories = pgTable(
  "ledger_categories",
  {
    id: uuid().defaultRandom().notNull(),
    workspaceId: uuid("workspace_id").notNull(),
    slug: text().notNull(),
    parentId: uuid("parent_id"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.slug], name: "ledger_categories_pkey" }),
    unique("ledger_categories_id_key").on(t.id),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "ledger_categories_parent_fkey" }).onDelete("set null"),
  ],
);

export const entries = pgTable(
  "entries",
  {
    id: uuid().defaultRandom().primaryKey().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).defaultNow().notNull(),
    day: date().notNull(),
    label: text().notNull(),
    memo: text(),
    kind: entryKind().notNull(),
    state: entryState().default("booked"),
    amount: money({ precision: 12, scale: 2 }).notNull(),
    fee: money("fee_amount", { precision: 12, scale: 2 }),
    currency: varchar({ length: 3 }).notNull(),
    workspaceId: uuid("workspace_id").notNull(),
    ownerId: uuid("owner_id"),
    categorySlug: text("category_slug"),
    externalRef: text("external_ref").notNull(),
    reconciled: boolean().default(false),
    search: searchVector("search")
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`
				to_tsvector(
					'simple',
					(COALESCE(label, ''::text) || ' '::text) || COALESCE(memo, ''::text)
				)
			`,
      ),
  },
  (t) => [
    index("entries_day_idx").using("btree", t.day.asc().nullsLast().op("date_ops")),
    index("entries_search_idx").using("gin", t.search.asc().nullsLast().op("tsvector_ops")),
    index("entries_label_trgm_idx").using("gin", t.label.asc().nullsLast().op("gin_trgm_ops")),
    index("entries_label_gist_idx").using("gist", t.label.asc().nullsLast().op("gist_trgm_ops")),
    index("entries_workspace_idx").using("btree", t.workspaceId.asc().nullsLast().op("uuid_ops")),
    foreignKey({ columns: [t.ownerId], foreignColumns: [people.id], name: "entries_owner_fkey" }).onDelete("set null"),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id], name: "entries_workspace_fkey" }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.categorySlug],
      foreignColumns: [ledgerCategories.workspaceId, ledgerCategories.slug],
      name: "entries_category_fkey",
    }),
    unique("entries_external_ref_key").on(t.externalRef),
    pgPolicy("Entries are visible to the workspace", { as: "permissive", for: "select", to: ["public"], using: sql`true` }),
  ],
);

export const bills = pgTable(
  "bills",
  {
    id: uuid().defaultRandom().primaryKey().notNull(),
    workspaceId: uuid("workspace_id").notNull(),
    number: text("bill_number"),
    total: money({ precision: 12, scale: 2 }),
    lines: jsonb("line_items"),
    attachments: text("attachment_paths").array(),
    state: billState().default("draft").notNull(),
    size: bigint("file_size", { mode: "number" }),
    token: text().default("").notNull(),
    seriesId: uuid("series_id"),
    seriesNumber: integer("series_number"),
    search: searchVector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('simple', COALESCE((total)::text, ''::text) || ' '::text || COALESCE(bill_number, ''::text))`),
    dueAt: timestamp("due_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    index("bills_search_idx").using("gin", t.search.asc().nullsLast().op("tsvector_ops")),
    index("bills_due_idx").using("btree", t.dueAt.asc().nullsLast().op("timestamptz_ops")).where(sql`state = 'sent'`),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id], name: "bills_workspace_fkey" }).onDelete("cascade"),
    uniqueIndex("bills_series_number_idx").on(t.seriesId, t.seriesNumber).where(sql`series_id IS NOT NULL`),
  ],
);

export const billsRelations = relations(bills, ({ one }) => ({ workspace: one(workspaces, { fields: [bills.workspaceId], references: [workspaces.id] }) }));

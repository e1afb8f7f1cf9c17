/*
 * Test data written for this corpus, modelled on the idioms the Drizzle ORM documentation teaches
 * (orm.drizzle.team: indexes and constraints, schemas, PostgreSQL column types, the case-insensitive unique
 * email guide) and that many projects repeat: the idioms it exercises: a unique index on an expression
 * (sql`lower(...)` through a helper), partial unique and plain indexes (`.where(sql...)`), a gin index, a
 * descending index, a regex check and a check on a column, pgSchema with its own enum and tables, foreign keys
 * across schemas with onDelete/onUpdate actions, a self-referencing named foreign key, a multi-column foreign
 * key to a composite (named) primary key, `unique().on(...).nullsNotDistinct()`, an unnamed index with storage
 * parameters (`.with({ fillfactor: 70 })`), identity columns (always, with sequence options; by default),
 * text enums, jsonb with `$type` and an object default, sql`now()` and defaultNow defaults, timestamp mode
 * "string", bigint mode "number", smallint. Names, tables and columns are this corpus's own.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSchema,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

const caseFolded = (col: AnyPgColumn): SQL => sql`lower(${col})`;

export const ledger = pgSchema("ledger");
export const billingCycle = ledger.enum("billing_cycle", ["monthly", "yearly"]);

export const accounts = pgTable(
  "accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    username: varchar({ length: 40 }).notNull(),
    kind: text({ enum: ["owner", "editor", "viewer"] }).notNull().default("editor"),
    prefs: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    check("accounts_username_charset", sql`${t.username} ~ '^[a-z0-9_]+$'`),
    uniqueIndex("accounts_email_ci_idx").on(caseFolded(t.email)),
    uniqueIndex("accounts_username_active_idx").on(t.username).where(sql`${t.archivedAt} IS NULL`),
    index("accounts_created_desc_idx").on(t.createdAt.desc()),
    index("accounts_prefs_gin_idx").using("gin", t.prefs),
  ],
);

// A tree of boards per account.
export const boards = pgTable(
  "boards",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity({ startWith: 500, increment: 1 }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade", onUpdate: "cascade" }),
    parentBoardId: bigint("parent_board_id", { mode: "number" }),
    label: text().notNull(),
    rank: smallint().notNull().default(0),
  },
  (t) => [
    index().on(t.accountId, t.parentBoardId).with({ fillfactor: 70 }),
    unique("boards_account_parent_label_uq").on(t.accountId, t.parentBoardId, t.label).nullsNotDistinct(),
    foreignKey({ columns: [t.parentBoardId], foreignColumns: [t.id], name: "boards_parent_fk" }).onDelete("cascade"),
  ],
);

export const tiers = ledger.table("tiers", {
  id: text().primaryKey(),
  cycle: billingCycle().notNull().default("monthly"),
  monthlyCents: integer("monthly_cents").notNull(),
  listed: boolean().notNull().default(true),
});

export const enrolments = ledger.table(
  "enrolments",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    tierId: text("tier_id")
      .notNull()
      .references(() => tiers.id, { onDelete: "restrict" }),
    seats: integer().notNull().default(1),
    enrolledAt: timestamp("enrolled_at", { mode: "string" }).notNull().defaultNow(),
  },
  (t) => [check("enrolments_seats_positive", sql`${t.seats} > 0`), primaryKey({ name: "enrolments_pk", columns: [t.accountId, t.tierId] })],
);

export const charges = ledger.table(
  "charges",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    accountId: uuid("account_id").notNull(),
    tierId: text("tier_id").notNull(),
    amount: integer().notNull(),
    settledAt: timestamp("settled_at"),
  },
  (t) => [
    index("charges_open_idx").on(t.accountId).where(sql`${t.settledAt} IS NULL`),
    foreignKey({ columns: [t.accountId, t.tierId], foreignColumns: [enrolments.accountId, enrolments.tierId] }).onDelete("no action"),
  ],
);

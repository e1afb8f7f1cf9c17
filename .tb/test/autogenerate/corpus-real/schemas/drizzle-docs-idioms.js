/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Written for this test from the patterns
 * the Drizzle documentation teaches and real projects repeat (no project's code copied):
 *
 *   https://orm.drizzle.team/docs/guides/unique-case-insensitive-email  — uniqueIndex on sql`lower(${t.email})`
 *   https://orm.drizzle.team/docs/indexes-constraints                  — partial indexes (.where), gin/expression
 *                                                                          indexes, composite/named keys, checks
 *   https://orm.drizzle.team/docs/schemas                               — pgSchema with tables and enums, foreign
 *                                                                          keys across schemas
 *   https://orm.drizzle.team/docs/column-types/pg                       — identity with sequence options, text enums,
 *                                                                          sql defaults
 *   The soft-delete unique index `uniqueIndex(name).on(cols).where(sql\`${t.deletedAt} IS NULL\`)` (seen as a
 *   helper in several projects), `unique().on(a, b).nullsNotDistinct()`, self-referencing foreign keys
 *   (`foreignKey({ columns: [t.parentId], foreignColumns: [t.id] })`), multi-column foreign keys, index storage
 *   parameters (`.with({ fillfactor: 70 })`, as sim's HNSW indexes use `.with({ m: 16, ef_construction: 64 })`).
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, integer, jsonb, pgSchema, pgTable, primaryKey, smallint, text, timestamp, unique, uniqueIndex, uuid, varchar, } from "drizzle-orm/pg-core";
const lower = (email) => sql `lower(${email})`;
export const billing = pgSchema("billing");
export const planInterval = billing.enum("plan_interval", ["month", "year"]);
export const users = pgTable("users", {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    handle: varchar({ length: 32 }).notNull(),
    role: text({ enum: ["admin", "member", "guest"] }).notNull().default("member"),
    settings: jsonb().$type().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql `now()`),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
}, (t) => [
    uniqueIndex("users_email_lower_idx").on(lower(t.email)),
    uniqueIndex("users_handle_live_idx").on(t.handle).where(sql `${t.deletedAt} IS NULL`),
    index("users_settings_gin_idx").using("gin", t.settings),
    index("users_created_at_desc_idx").on(t.createdAt.desc()),
    check("users_handle_format", sql `${t.handle} ~ '^[a-z0-9_]+$'`),
]);
export const folders = pgTable("folders", {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity({ startWith: 1000, increment: 1 }),
    ownerId: uuid("owner_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade", onUpdate: "cascade" }),
    parentId: bigint("parent_id", { mode: "number" }),
    name: text().notNull(),
    position: smallint().notNull().default(0),
}, (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "folders_parent_fk" }).onDelete("cascade"),
    unique("folders_owner_parent_name_uq").on(t.ownerId, t.parentId, t.name).nullsNotDistinct(),
    index().on(t.ownerId, t.parentId).with({ fillfactor: 70 }),
]);
export const plans = billing.table("plans", {
    id: text().primaryKey(),
    interval: planInterval().notNull().default("month"),
    priceCents: integer("price_cents").notNull(),
    active: boolean().notNull().default(true),
});
export const subscriptions = billing.table("subscriptions", {
    userId: uuid("user_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade" }),
    planId: text("plan_id")
        .notNull()
        .references(() => plans.id, { onDelete: "restrict" }),
    startedAt: timestamp("started_at", { mode: "string" }).notNull().defaultNow(),
    seats: integer().notNull().default(1),
}, (t) => [primaryKey({ name: "subscriptions_pk", columns: [t.userId, t.planId] }), check("subscriptions_seats_positive", sql `${t.seats} > 0`)]);
export const invoices = billing.table("invoices", {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    userId: uuid("user_id").notNull(),
    planId: text("plan_id").notNull(),
    total: integer().notNull(),
    paidAt: timestamp("paid_at"),
}, (t) => [
    foreignKey({ columns: [t.userId, t.planId], foreignColumns: [subscriptions.userId, subscriptions.planId] }).onDelete("no action"),
    index("invoices_unpaid_idx").on(t.userId).where(sql `${t.paidAt} IS NULL`),
]);

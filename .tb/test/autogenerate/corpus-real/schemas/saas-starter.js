/*
 * Test data for the real-schema corpus (test/autogenerate/corpus-real/). Modelled on a real open-source Drizzle schema:
 *
 *   Repository: https://github.com/nextjs/saas-starter
 *   Path:       lib/db/schema.ts (commit 051015d894caf7137a9c1e78ae9cc21ec66a2b8a)
 *   Licence:    MIT
 *
 * Re-typed for this test, not copied: the tables and columns as the project declares them (serial keys,
 * varchar lengths, `.unique()` columns, `.references()` without actions, defaultNow, string defaults); its
 * `relations(...)`, types and the ActivityType enum (application code, no schema) are left out.
 */
import { integer, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
export const users = pgTable("users", {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 100 }),
    email: varchar("email", { length: 255 }).notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    role: varchar("role", { length: 20 }).notNull().default("member"),
    createdAt: timestamp("created_at").notNull().defaultNow(),
    updatedAt: timestamp("updated_at").notNull().defaultNow(),
    deletedAt: timestamp("deleted_at"),
});
export const teams = pgTable("teams", {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 100 }).notNull(),
    createdAt: timestamp("created_at").notNull().defaultNow(),
    updatedAt: timestamp("updated_at").notNull().defaultNow(),
    stripeCustomerId: text("stripe_customer_id").unique(),
    stripeSubscriptionId: text("stripe_subscription_id").unique(),
    stripeProductId: text("stripe_product_id"),
    planName: varchar("plan_name", { length: 50 }),
    subscriptionStatus: varchar("subscription_status", { length: 20 }),
});
export const teamMembers = pgTable("team_members", {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
        .notNull()
        .references(() => users.id),
    teamId: integer("team_id")
        .notNull()
        .references(() => teams.id),
    role: varchar("role", { length: 50 }).notNull(),
    joinedAt: timestamp("joined_at").notNull().defaultNow(),
});
export const activityLogs = pgTable("activity_logs", {
    id: serial("id").primaryKey(),
    teamId: integer("team_id")
        .notNull()
        .references(() => teams.id),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    timestamp: timestamp("timestamp").notNull().defaultNow(),
    ipAddress: varchar("ip_address", { length: 45 }),
});
export const invitations = pgTable("invitations", {
    id: serial("id").primaryKey(),
    teamId: integer("team_id")
        .notNull()
        .references(() => teams.id),
    email: varchar("email", { length: 255 }).notNull(),
    role: varchar("role", { length: 50 }).notNull(),
    invitedBy: integer("invited_by")
        .notNull()
        .references(() => users.id),
    invitedAt: timestamp("invited_at").notNull().defaultNow(),
    status: varchar("status", { length: 20 }).notNull().default("pending"),
});

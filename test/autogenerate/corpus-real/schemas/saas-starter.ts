/*
 * Test data written for this corpus, modelled on nextjs/saas-starter (MIT): the idioms it exercises: serial
 * primary keys, varchar columns with lengths, `.unique()` on single columns, `.references()` with no actions
 * (one nullable), timestamps with defaultNow, string defaults on varchar, soft-delete timestamps.
 * Tables and columns are this corpus's own (a small booking service), not the project's.
 */
import { integer, pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";

// Clubs that rent out courts.
export const clubs = pgTable("clubs", {
  id: serial("id").primaryKey(),
  title: varchar("title", { length: 120 }).notNull(),
  billingRef: text("billing_ref").unique(),
  contractRef: text("contract_ref").unique(),
  tier: varchar("tier", { length: 40 }),
  tierState: varchar("tier_state", { length: 24 }),
  productRef: text("product_ref"),
  openedAt: timestamp("opened_at").notNull().defaultNow(),
  modifiedAt: timestamp("modified_at").notNull().defaultNow(),
});

export const players = pgTable("players", {
  id: serial("id").primaryKey(),
  nickname: varchar("nickname", { length: 80 }),
  mail: varchar("mail", { length: 320 }).notNull().unique(),
  secretDigest: text("secret_digest").notNull(),
  level: varchar("level", { length: 16 }).notNull().default("beginner"),
  signedUpAt: timestamp("signed_up_at").notNull().defaultNow(),
  touchedAt: timestamp("touched_at").notNull().defaultNow(),
  removedAt: timestamp("removed_at"),
});

export const bookings = pgTable("bookings", {
  id: serial("id").primaryKey(),
  clubId: integer("club_id")
    .notNull()
    .references(() => clubs.id),
  playerId: integer("player_id").references(() => players.id),
  court: text("court").notNull(),
  bookedAt: timestamp("booked_at").notNull().defaultNow(),
  sourceAddr: varchar("source_addr", { length: 45 }),
});

export const memberships = pgTable("memberships", {
  id: serial("id").primaryKey(),
  playerId: integer("player_id")
    .notNull()
    .references(() => players.id),
  clubId: integer("club_id")
    .notNull()
    .references(() => clubs.id),
  capacity: varchar("capacity", { length: 30 }).notNull(),
  since: timestamp("since").notNull().defaultNow(),
});

export const referrals = pgTable("referrals", {
  id: serial("id").primaryKey(),
  clubId: integer("club_id")
    .notNull()
    .references(() => clubs.id),
  mail: varchar("mail", { length: 320 }).notNull(),
  capacity: varchar("capacity", { length: 30 }).notNull(),
  referrerId: integer("referrer_id")
    .notNull()
    .references(() => players.id),
  sentAt: timestamp("sent_at").notNull().defaultNow(),
  state: varchar("state", { length: 16 }).notNull().default("open"),
});

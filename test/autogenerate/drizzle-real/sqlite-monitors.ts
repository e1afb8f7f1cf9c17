/**
 * Modelled on openstatus's SQLite (Turso) schema (openstatusHQ/openstatus, packages/db/src/schema/monitors/
 * monitor.ts, AGPL-3.0): written anew here with the same drizzle features: `text(..., { enum })` columns with
 * defaults, `integer(..., { mode: "boolean" })` defaulting to true/false, `integer(..., { mode: "timestamp" })`
 * defaulting to sql`(strftime('%s', 'now'))`, `.unique()`, `.references(() => t.id, { onDelete: "cascade" })`, a
 * two-column primary key in the object form of the third argument, and relations().
 */
import { relations, sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const probeKinds = ["http", "tcp", "dns"] as const;
const intervals = ["30s", "1m", "5m", "1h", "other"] as const;

export const teams = sqliteTable("team", {
  id: integer("id").primaryKey(),
  handle: text("handle").notNull().unique(),
  createdAt: integer("created_at", { mode: "timestamp" }).default(sql`(strftime('%s', 'now'))`),
});

export const boards = sqliteTable("board", {
  id: integer("id").primaryKey(),
  teamId: integer("team_id")
    .notNull()
    .references(() => teams.id, { onDelete: "cascade" }),
  handle: text("handle", { length: 256 }).notNull().unique(),
});

export const probes = sqliteTable("probe", {
  id: integer("id").primaryKey(),
  kind: text("kind", { enum: probeKinds }).default("http").notNull(),
  every: text("every", { enum: intervals }).default("other").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).default(false),
  target: text("target", { length: 2048 }).notNull(),
  title: text("title", { length: 256 }).default("").notNull(),
  headers: text("headers").default(""),
  teamId: integer("team_id").references(() => teams.id),
  timeoutMs: integer("timeout_ms").notNull().default(45000),
  retries: integer("retries").default(3),
  followRedirects: integer("follow_redirects", { mode: "boolean" }).default(true),
  createdAt: integer("created_at", { mode: "timestamp" }).default(sql`(strftime('%s', 'now'))`),
  deletedAt: integer("deleted_at", { mode: "timestamp" }),
});

export const probesOnBoards = sqliteTable(
  "probes_on_boards",
  {
    probeId: integer("probe_id")
      .notNull()
      .references(() => probes.id, { onDelete: "cascade" }),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    position: integer("position").default(0),
  },
  (t) => ({ pk: primaryKey({ columns: [t.probeId, t.boardId] }) }),
);

export const probeRelations = relations(probes, ({ one, many }) => ({
  boards: many(probesOnBoards),
  team: one(teams, { fields: [probes.teamId], references: [teams.id] }),
}));

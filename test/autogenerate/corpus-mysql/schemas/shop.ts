// A drizzle mysqlTable schema in the style of drizzle's MySQL docs: drizzle-kit builds the database, Athanor
// compares these same tables with it and must find nothing.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  datetime,
  decimal,
  double,
  float,
  foreignKey,
  index,
  int,
  json,
  longtext,
  mediumint,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  serial,
  smallint,
  text,
  time,
  timestamp,
  tinyint,
  unique,
  uniqueIndex,
  varbinary,
  varchar,
  year,
} from "drizzle-orm/mysql-core";

export const users = mysqlTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: varchar("email", { length: 255 }).notNull().unique(),
    name: varchar("name", { length: 100 }),
    role: mysqlEnum("role", ["admin", "member", "guest"]).notNull().default("member"),
    active: boolean("active").notNull().default(true),
    age: tinyint("age", { unsigned: true }),
    score: int("score").default(0),
    balance: decimal("balance", { precision: 12, scale: 2 }).default("0.00"),
    settings: json("settings"),
    bio: text("bio"),
    createdAt: timestamp("created_at").notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { fsp: 3 }).defaultNow().onUpdateNow(),
  },
  (t) => [index("users_name_idx").on(t.name), check("users_score_check", sql`${t.score} >= 0`)],
);

export const orgs = mysqlTable("orgs", {
  id: int("id").autoincrement().primaryKey(),
  slug: varchar("slug", { length: 64 }).notNull(),
  ownerId: bigint("owner_id", { mode: "number", unsigned: true }).references(() => users.id, { onDelete: "cascade" }),
  plan: char("plan", { length: 8 }).default("free"),
  founded: year("founded"),
  seats: smallint("seats").notNull().default(5),
  small: mediumint("small"),
}, (t) => [uniqueIndex("orgs_slug_idx").on(t.slug)]);

export const products = mysqlTable(
  "products",
  {
    id: int("id").autoincrement().primaryKey(),
    orgId: int("org_id").notNull(),
    sku: varchar("sku", { length: 32 }).notNull(),
    price: double("price").notNull(),
    weight: float("weight"),
    released: date("released", { mode: "string" }),
    opens: time("opens"),
    lastSeen: datetime("last_seen", { mode: "date", fsp: 6 }),
    digest: varbinary("digest", { length: 32 }),
    notes: longtext("notes"),
    total: decimal("total", { precision: 14, scale: 2 }).generatedAlwaysAs(sql`price * 2`, { mode: "stored" }),
  },
  (t) => [
    foreignKey({ columns: [t.orgId], foreignColumns: [orgs.id], name: "products_org_fk" }).onDelete("restrict"),
    unique("products_org_sku_unique").on(t.orgId, t.sku),
    index("products_released_idx").on(t.released, t.opens),
  ],
);

export const memberships = mysqlTable(
  "memberships",
  {
    userId: bigint("user_id", { mode: "number", unsigned: true }).notNull().references(() => users.id),
    orgId: int("org_id").notNull().references(() => orgs.id, { onDelete: "cascade", onUpdate: "cascade" }),
    joinedAt: datetime("joined_at").default(sql`CURRENT_TIMESTAMP`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] })],
);

// Test data written for this corpus, modelled on create-t3-app's Drizzle + Better Auth MySQL template (MIT):
// the idioms it exercises: one prefixed table from mysqlTableCreator, declared through the builder callback
// with key-named columns (bigint autoincrement primary key, a timestamp defaulting to sql`CURRENT_TIMESTAMP`, one
// with `.onUpdateNow()`) and indexes from a third argument that returns an array; the other tables plain
// mysqlTable with explicit column names: varchar(36) primary keys, NOT NULL text, a varchar `.unique()`,
// booleans and timestamps whose only default is a `$defaultFn` (no DDL), NOT NULL timestamps without a default,
// nullable timestamps; foreign keys with ON DELETE CASCADE and one without an action; `relations(...)` exports.
// None of the template's code is reproduced: the tables, columns and names are this corpus's own.
import { relations, sql } from "drizzle-orm";
import { boolean, index, mysqlTable, mysqlTableCreator, text, timestamp, varchar } from "drizzle-orm/mysql-core";

const demoTable = mysqlTableCreator((name) => `demo_${name}`);

export const profile = mysqlTable("profile", {
  id: varchar("id", { length: 36 }).primaryKey(),
  fullName: text("full_name").notNull(),
  emailAddress: varchar("email_address", { length: 255 }).notNull().unique(),
  isVerified: boolean("is_verified")
    .$defaultFn(() => false)
    .notNull(),
  picture: text("picture"),
  createdOn: timestamp("created_on")
    .$defaultFn(() => new Date())
    .notNull(),
  modifiedOn: timestamp("modified_on")
    .$defaultFn(() => new Date())
    .notNull(),
});

export const entries = demoTable(
  "entry",
  (b) => ({
    id: b.bigint({ mode: "number" }).primaryKey().autoincrement(),
    title: b.varchar({ length: 256 }),
    ownerId: b
      .varchar({ length: 255 })
      .notNull()
      .references(() => profile.id),
    createdAt: b.timestamp().default(sql`CURRENT_TIMESTAMP`).notNull(),
    updatedAt: b.timestamp().onUpdateNow(),
  }),
  (e) => [index("entry_title_idx").on(e.title), index("entry_owner_idx").on(e.ownerId)],
);

export const loginSession = mysqlTable("login_session", {
  id: varchar("id", { length: 36 }).primaryKey(),
  profileId: varchar("profile_id", { length: 36 })
    .notNull()
    .references(() => profile.id, { onDelete: "cascade" }),
  secret: varchar("secret", { length: 255 }).notNull().unique(),
  validUntil: timestamp("valid_until").notNull(),
  clientIp: text("client_ip"),
  clientAgent: text("client_agent"),
  openedOn: timestamp("opened_on").notNull(),
  touchedOn: timestamp("touched_on").notNull(),
});

export const linkedAccount = mysqlTable("linked_account", {
  id: varchar("id", { length: 36 }).primaryKey(),
  profileId: varchar("profile_id", { length: 36 })
    .notNull()
    .references(() => profile.id, { onDelete: "cascade" }),
  externalId: text("external_id").notNull(),
  providerKey: text("provider_key").notNull(),
  accessSecret: text("access_secret"),
  renewSecret: text("renew_secret"),
  identitySecret: text("identity_secret"),
  accessValidUntil: timestamp("access_valid_until"),
  renewValidUntil: timestamp("renew_valid_until"),
  grantedScopes: text("granted_scopes"),
  passwordHash: text("password_hash"),
  createdOn: timestamp("created_on").notNull(),
  modifiedOn: timestamp("modified_on").notNull(),
});

export const oneTimeCode = mysqlTable("one_time_code", {
  id: varchar("id", { length: 36 }).primaryKey(),
  target: text("target").notNull(),
  payload: text("payload").notNull(),
  validUntil: timestamp("valid_until").notNull(),
  issuedOn: timestamp("issued_on").$defaultFn(() => new Date()),
  modifiedOn: timestamp("modified_on").$defaultFn(() => new Date()),
});

export const profileRelations = relations(profile, ({ many }) => ({
  sessions: many(loginSession),
  accounts: many(linkedAccount),
}));

export const loginSessionRelations = relations(loginSession, ({ one }) => ({
  profile: one(profile, { fields: [loginSession.profileId], references: [profile.id] }),
}));

export const linkedAccountRelations = relations(linkedAccount, ({ one }) => ({
  profile: one(profile, { fields: [linkedAccount.profileId], references: [profile.id] }),
}));

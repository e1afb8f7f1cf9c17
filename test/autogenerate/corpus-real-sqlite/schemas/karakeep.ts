/*
 * Test data for the SQLite real-schema corpus (test/autogenerate/corpus-real-sqlite/). Modelled on a real
 * open-source Drizzle schema (a self-hosted bookmarking app on SQLite):
 *
 *   Repository: https://github.com/karakeep-app/karakeep
 *   Path:       packages/db/schema.ts (commit 7ff089bed6e8c4806ca4901c5c09ceada903f200)
 *   Licence:    AGPL-3.0 (test data only: not part of the published package)
 *
 * Re-typed for this test, not copied, and only a part of it (15 of the ~30 tables): `timestamp` and
 * `timestamp_ms` integers, boolean-mode integers with defaults, `text({ enum })` (no CHECK in drizzle-kit's
 * SQL), `text({ mode: "json" })`, `real`, a VIRTUAL generated column with an index on it, composite
 * primary keys, `unique().on(...)` (named and unnamed), a `.references(...).unique()` column, a
 * self-reference (`parentId`, ON DELETE SET NULL), two tables referencing each other, two-column foreign
 * keys onto a two-column unique constraint, and `$defaultFn`/`$onUpdate` (client-side, no DDL).
 * Adjusted: `createId()` (cuid2) is replaced by `crypto.randomUUID()`, the app's `BookmarkTypes` and
 * `AdapterAccount` imports by their literal values, and `relations(...)` are left out (no DDL).
 */
import { sql, type SQL } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  foreignKey,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  unique,
} from "drizzle-orm/sqlite-core";

function createdAtField() {
  return integer("createdAt", { mode: "timestamp" })
    .notNull()
    .$defaultFn(() => new Date());
}

function modifiedAtField() {
  return integer("modifiedAt", { mode: "timestamp" })
    .$defaultFn(() => new Date())
    .$onUpdate(() => new Date());
}

export const users = sqliteTable("user", {
  id: text("id")
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("emailVerified", { mode: "timestamp_ms" }),
  image: text("image"),
  password: text("password"),
  salt: text("salt").notNull().default(""),
  role: text("role", { enum: ["admin", "user"] }).default("user"),
  bookmarkQuota: integer("bookmarkQuota"),
  storageQuota: integer("storageQuota"),
  browserCrawlingEnabled: integer("browserCrawlingEnabled", {
    mode: "boolean",
  }),
  bookmarkClickAction: text("bookmarkClickAction", {
    enum: ["open_original_link", "expand_bookmark_preview"],
  })
    .notNull()
    .default("open_original_link"),
  archiveDisplayBehaviour: text("archiveDisplayBehaviour", {
    enum: ["show", "hide"],
  })
    .notNull()
    .default("show"),
  timezone: text("timezone").default("UTC"),
  backupsEnabled: integer("backupsEnabled", { mode: "boolean" }).notNull().default(false),
  backupsFrequency: text("backupsFrequency", {
    enum: ["daily", "weekly"],
  })
    .notNull()
    .default("weekly"),
  backupsRetentionDays: integer("backupsRetentionDays").notNull().default(30),
  readerFontSize: integer("readerFontSize"),
  readerLineHeight: real("readerLineHeight"),
  readerFontFamily: text("readerFontFamily", {
    enum: ["serif", "sans", "mono"],
  }),
  autoTaggingEnabled: integer("autoTaggingEnabled", { mode: "boolean" }),
  curatedTagIds: text("curatedTagIds", { mode: "json" }).$type<string[]>(),
  inferredTagLang: text("inferredTagLang"),
});

export const accounts = sqliteTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (account) => [
    primaryKey({
      columns: [account.provider, account.providerAccountId],
    }),
  ],
);

export const sessions = sqliteTable("session", {
  sessionToken: text("sessionToken")
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
});

export const apiKeys = sqliteTable(
  "apiKey",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name").notNull(),
    createdAt: createdAtField(),
    lastUsedAt: integer("lastUsedAt", { mode: "timestamp" }),
    keyId: text("keyId").notNull().unique(),
    keyHash: text("keyHash").notNull(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (ak) => [unique().on(ak.name, ak.userId)],
);

export const bookmarks = sqliteTable(
  "bookmarks",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    createdAt: createdAtField(),
    modifiedAt: modifiedAtField(),
    title: text("title"),
    archived: integer("archived", { mode: "boolean" }).notNull().default(false),
    favourited: integer("favourited", { mode: "boolean" }).notNull().default(false),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    taggingStatus: text("taggingStatus", {
      enum: ["pending", "failure", "success"],
    }).default("pending"),
    summary: text("summary"),
    note: text("note"),
    type: text("type", {
      enum: ["link", "text", "asset"],
    }).notNull(),
    lastSavedAt: integer("lastSavedAt", { mode: "timestamp" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (b) => [
    index("bookmarks_userId_idx").on(b.userId),
    index("bookmarks_createdAt_idx").on(b.createdAt),
    index("bookmarks_userId_createdAt_id_idx").on(b.userId, b.createdAt, b.id),
    index("bookmarks_userId_archived_createdAt_id_idx").on(b.userId, b.archived, b.createdAt, b.id),
    index("bookmarks_userId_favourited_createdAt_id_idx").on(b.userId, b.favourited, b.createdAt, b.id),
  ],
);

export const bookmarkLinks = sqliteTable(
  "bookmarkLinks",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID())
      .references(() => bookmarks.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title"),
    description: text("description"),
    datePublished: integer("datePublished", { mode: "timestamp" }),
    imageUrl: text("imageUrl"),
    htmlContent: text("htmlContent"),
    crawledAt: integer("crawledAt", { mode: "timestamp" }),
    crawlStatus: text("crawlStatus", {
      enum: ["pending", "failure", "success"],
    }).default("pending"),
    crawlStatusCode: integer("crawlStatusCode").default(200),
  },
  (bl) => [index("bookmarkLinks_url_idx").on(bl.url)],
);

export const bookmarkTags = sqliteTable(
  "bookmarkTags",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name").notNull(),
    normalizedName: text("normalizedName").generatedAlwaysAs(
      (): SQL => sql`lower(replace(replace(replace(${bookmarkTags.name}, ' ', ''), '-', ''), '_', ''))`,
      {
        mode: "virtual",
      },
    ),
    createdAt: createdAtField(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (bt) => [
    unique().on(bt.userId, bt.name),
    unique("bookmarkTags_userId_id_idx").on(bt.userId, bt.id),
    index("bookmarkTags_name_idx").on(bt.name),
    index("bookmarkTags_userId_idx").on(bt.userId),
    index("bookmarkTags_normalizedName_idx").on(bt.normalizedName),
  ],
);

export const tagsOnBookmarks = sqliteTable(
  "tagsOnBookmarks",
  {
    bookmarkId: text("bookmarkId")
      .notNull()
      .references(() => bookmarks.id, { onDelete: "cascade" }),
    tagId: text("tagId")
      .notNull()
      .references(() => bookmarkTags.id, { onDelete: "cascade" }),
    attachedAt: integer("attachedAt", { mode: "timestamp" }).$defaultFn(() => new Date()),
    attachedBy: text("attachedBy", { enum: ["ai", "human"] }).notNull(),
  },
  (tb) => [
    primaryKey({ columns: [tb.bookmarkId, tb.tagId] }),
    index("tagsOnBookmarks_tagId_idx").on(tb.tagId),
    index("tagsOnBookmarks_bookmarkId_idx").on(tb.bookmarkId),
  ],
);

export const bookmarkLists = sqliteTable(
  "bookmarkLists",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name").notNull(),
    description: text("description"),
    icon: text("icon").notNull(),
    createdAt: createdAtField(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["manual", "smart"] }).notNull(),
    query: text("query"),
    parentId: text("parentId").references((): AnySQLiteColumn => bookmarkLists.id, { onDelete: "set null" }),
    rssToken: text("rssToken"),
    public: integer("public", { mode: "boolean" }).notNull().default(false),
  },
  (bl) => [index("bookmarkLists_userId_idx").on(bl.userId), unique("bookmarkLists_userId_id_idx").on(bl.userId, bl.id)],
);

export const bookmarksInLists = sqliteTable(
  "bookmarksInLists",
  {
    bookmarkId: text("bookmarkId")
      .notNull()
      .references(() => bookmarks.id, { onDelete: "cascade" }),
    listId: text("listId")
      .notNull()
      .references(() => bookmarkLists.id, { onDelete: "cascade" }),
    addedAt: integer("addedAt", { mode: "timestamp" }).$defaultFn(() => new Date()),
    listMembershipId: text("listMembershipId").references(() => listCollaborators.id, {
      onDelete: "cascade",
    }),
  },
  (tb) => [
    primaryKey({ columns: [tb.bookmarkId, tb.listId] }),
    index("bookmarksInLists_bookmarkId_idx").on(tb.bookmarkId),
    index("bookmarksInLists_listId_idx").on(tb.listId),
  ],
);

export const listCollaborators = sqliteTable(
  "listCollaborators",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    listId: text("listId")
      .notNull()
      .references(() => bookmarkLists.id, { onDelete: "cascade" }),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["viewer", "editor"] }).notNull(),
    addedAt: createdAtField(),
    addedBy: text("addedBy").references(() => users.id, {
      onDelete: "set null",
    }),
  },
  (lc) => [
    unique().on(lc.listId, lc.userId),
    index("listCollaborators_listId_idx").on(lc.listId),
    index("listCollaborators_userId_idx").on(lc.userId),
  ],
);

export const webhooksTable = sqliteTable(
  "webhooks",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    createdAt: createdAtField(),
    url: text("url").notNull(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    events: text("events", { mode: "json" })
      .notNull()
      .$type<("created" | "edited" | "crawled" | "ai tagged" | "deleted")[]>(),
    token: text("token"),
  },
  (bl) => [index("webhooks_userId_idx").on(bl.userId)],
);

export const config = sqliteTable("config", {
  key: text("key").notNull().primaryKey(),
  value: text("value").notNull(),
});

export const ruleEngineRulesTable = sqliteTable(
  "ruleEngineRules",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    name: text("name").notNull(),
    description: text("description"),
    event: text("event").notNull(),
    condition: text("condition").notNull(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    listId: text("listId"),
    tagId: text("tagId"),
  },
  (rl) => [
    index("ruleEngine_userId_idx").on(rl.userId),
    foreignKey({
      columns: [rl.userId, rl.tagId],
      foreignColumns: [bookmarkTags.userId, bookmarkTags.id],
      name: "ruleEngineRules_userId_tagId_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [rl.userId, rl.listId],
      foreignColumns: [bookmarkLists.userId, bookmarkLists.id],
      name: "ruleEngineRules_userId_listId_fk",
    }).onDelete("cascade"),
  ],
);

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: text("id")
      .notNull()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" })
      .unique(),
    stripeCustomerId: text("stripeCustomerId").notNull(),
    status: text("status", {
      enum: ["active", "canceled", "past_due", "unpaid", "incomplete", "trialing", "incomplete_expired", "paused"],
    }).notNull(),
    tier: text("tier", {
      enum: ["free", "paid"],
    })
      .notNull()
      .default("free"),
    cancelAtPeriodEnd: integer("cancelAtPeriodEnd", {
      mode: "boolean",
    }).default(false),
    startDate: integer("startDate", { mode: "timestamp" }),
    createdAt: createdAtField(),
    modifiedAt: modifiedAtField(),
  },
  (s) => [index("subscriptions_userId_idx").on(s.userId), index("subscriptions_stripeCustomerId_idx").on(s.stripeCustomerId)],
);

// Test data written for this corpus, modelled on create-t3-app's Drizzle + NextAuth MySQL template (MIT):
// the idioms it exercises: a table-name prefix from mysqlTableCreator; columns declared through the builder
// callback (`(c) => ({ ... })`) and named by their keys, camelCase and snake_case alike, one given an explicit
// name; a bigint autoincrement primary key; a varchar primary key with a `$defaultFn` (no DDL); a timestamp
// defaulting to sql`CURRENT_TIMESTAMP`, one with `.onUpdateNow()` alone, one with fsp 3 defaulting to
// sql`CURRENT_TIMESTAMP(3)`; text, int and `$type<>()` columns; two-column primary keys; plain indexes from a
// third argument that returns an object; foreign keys without actions; `relations(...)` exports (no DDL).
// None of the template's code is reproduced: the tables, columns and names are this corpus's own.
import { relations, sql } from "drizzle-orm";
import { index, mysqlTableCreator, primaryKey } from "drizzle-orm/mysql-core";

type LinkKind = "oauth" | "oidc" | "email" | "webauthn";

/** Every table of this schema is created as `lab_<name>`. */
export const labTable = mysqlTableCreator((name) => `lab_${name}`);

export const members = labTable("member", (c) => ({
  id: c
    .varchar({ length: 255 })
    .notNull()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  handle: c.varchar({ length: 255 }),
  mail: c.varchar({ length: 255 }).notNull(),
  mailConfirmedAt: c.timestamp({ mode: "date", fsp: 3 }).default(sql`CURRENT_TIMESTAMP(3)`),
  avatarUrl: c.varchar({ length: 255 }),
}));

export const notes = labTable(
  "note",
  (c) => ({
    id: c.bigint({ mode: "number" }).primaryKey().autoincrement(),
    title: c.varchar({ length: 256 }),
    authorId: c
      .varchar("author_id", { length: 255 })
      .notNull()
      .references(() => members.id),
    createdAt: c.timestamp().default(sql`CURRENT_TIMESTAMP`).notNull(),
    editedAt: c.timestamp().onUpdateNow(),
  }),
  (n) => ({
    byTitle: index("title_idx").on(n.title),
    byAuthor: index("author_idx").on(n.authorId),
  }),
);

export const providerLinks = labTable(
  "provider_link",
  (c) => ({
    memberId: c
      .varchar({ length: 255 })
      .notNull()
      .references(() => members.id),
    kind: c.varchar({ length: 255 }).$type<LinkKind>().notNull(),
    providerName: c.varchar({ length: 255 }).notNull(),
    providerSubject: c.varchar({ length: 255 }).notNull(),
    renew_secret: c.text(),
    bearer_secret: c.text(),
    valid_until: c.int(),
    secret_kind: c.varchar({ length: 255 }),
    granted: c.varchar({ length: 255 }),
    oidc_claims: c.text(),
    provider_state: c.varchar({ length: 255 }),
  }),
  (l) => ({
    pk: primaryKey({ columns: [l.providerName, l.providerSubject] }),
    byMember: index("link_member_idx").on(l.memberId),
  }),
);

export const memberSessions = labTable(
  "member_session",
  (c) => ({
    token: c.varchar({ length: 255 }).notNull().primaryKey(),
    memberId: c
      .varchar({ length: 255 })
      .notNull()
      .references(() => members.id),
    endsAt: c.timestamp({ mode: "date" }).notNull(),
  }),
  (s) => ({
    byMember: index("member_session_member_idx").on(s.memberId),
  }),
);

export const signInCodes = labTable(
  "sign_in_code",
  (c) => ({
    address: c.varchar({ length: 255 }).notNull(),
    code: c.varchar({ length: 255 }).notNull(),
    endsAt: c.timestamp({ mode: "date" }).notNull(),
  }),
  (v) => ({
    pk: primaryKey({ columns: [v.address, v.code] }),
  }),
);

export const memberRelations = relations(members, ({ many }) => ({
  links: many(providerLinks),
  sessions: many(memberSessions),
  notes: many(notes),
}));

export const providerLinkRelations = relations(providerLinks, ({ one }) => ({
  member: one(members, { fields: [providerLinks.memberId], references: [members.id] }),
}));

export const memberSessionRelations = relations(memberSessions, ({ one }) => ({
  member: one(members, { fields: [memberSessions.memberId], references: [members.id] }),
}));

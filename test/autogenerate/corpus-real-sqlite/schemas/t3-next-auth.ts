/*
 * Test data written for this corpus, modelled on create-t3-app's NextAuth SQLite template
 * (https://github.com/t3-oss/create-t3-app, MIT): the idioms it exercises: `sqliteTableCreator` adding a prefix
 * to every table name, `int(..., { mode: "timestamp" })` defaulting to `sql\`CURRENT_TIMESTAMP\`` (a text default
 * on an integer column), `text(..., { length })`, an AUTOINCREMENT `int({ mode: "number" })` key, the older
 * positional `primaryKey(a, b)` form, indexes in the object style `(t) => ({ ... })`, no foreign keys (the
 * template leaves them to `relations`), and the same index name (`by_person_idx`) on two tables: SQLite keeps
 * index names per database, so drizzle-kit's SQL fails on it (see the test).
 */
import { sql } from "drizzle-orm";
import { index, int, primaryKey, sqliteTableCreator, text } from "drizzle-orm/sqlite-core";

export const prefixed = sqliteTableCreator((table) => `acme_${table}`);

export const people = prefixed("person", {
  personId: text("personId", { length: 255 }).notNull().primaryKey(),
  nickname: text("nickname", { length: 255 }),
  mail: text("mail", { length: 255 }).notNull(),
  mailCheckedAt: int("mailCheckedAt", {
    mode: "timestamp",
  }).default(sql`CURRENT_TIMESTAMP`),
  photo: text("photo", { length: 255 }),
});

export const notes = prefixed(
  "note",
  {
    noteId: int("noteId", { mode: "number" }).primaryKey({ autoIncrement: true }),
    heading: text("heading", { length: 256 }),
    authorRef: text("authorRef", { length: 255 }).notNull(),
    writtenAt: int("written_at", { mode: "timestamp" })
      .default(sql`CURRENT_TIMESTAMP`)
      .notNull(),
    revisedAt: int("revisedAt", { mode: "timestamp" }),
  },
  (n) => ({
    authorIdx: index("note_author_idx").on(n.authorRef),
    headingIdx: index("note_heading_idx").on(n.heading),
  }),
);

export const visits = prefixed(
  "visit",
  {
    visitToken: text("visitToken", { length: 255 }).notNull().primaryKey(),
    personRef: text("personRef", { length: 255 }).notNull(),
    endsAt: int("endsAt", { mode: "timestamp" }).notNull(),
  },
  (v) => ({
    byPerson: index("by_person_idx").on(v.personRef),
  }),
);

export const providerLinks = prefixed(
  "provider_link",
  {
    personRef: text("personRef", { length: 255 }).notNull(),
    flavour: text("flavour", { length: 255 }).$type<"oauth" | "oidc" | "email">().notNull(),
    providerName: text("providerName", { length: 255 }).notNull(),
    remoteId: text("remoteId", { length: 255 }).notNull(),
    renewToken: text("renewToken"),
    bearerToken: text("bearerToken"),
    bearerExpiry: int("bearerExpiry"),
    bearerKind: text("bearerKind", { length: 255 }),
    permissions: text("permissions", { length: 255 }),
    identityToken: text("identityToken"),
    stateBlob: text("stateBlob", { length: 255 }),
  },
  (l) => ({
    pk: primaryKey(l.providerName, l.remoteId),
    byPerson: index("by_person_idx").on(l.personRef),
  }),
);

export const loginCodes = prefixed(
  "login_code",
  {
    recipient: text("recipient", { length: 255 }).notNull(),
    code: text("code", { length: 255 }).notNull(),
    endsAt: int("endsAt", { mode: "timestamp" }).notNull(),
  },
  (c) => ({
    pk: primaryKey(c.recipient, c.code),
  }),
);

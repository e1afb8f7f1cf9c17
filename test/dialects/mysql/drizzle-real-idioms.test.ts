/**
 * What the MySQL real-schema corpus (test/autogenerate/corpus-real-mysql, test schemas modelled on the drizzle
 * idioms of open-source projects) found, one focused case each:
 * - drizzle's `char()` and `binary()` without a length (an idiom of drizzle-orm's own type tests) are CHAR(1) and
 *   BINARY(1), as the server keeps them: a database drizzle-kit built compares clean, and so does Athanor's;
 * - a unique key on a whole TEXT column (`text().unique()`, `uniqueIndex().on(textColumn)`): MariaDB 10.4+ keeps
 *   it as a hash (`UNIQUE KEY ... USING HASH`) and drizzle-kit creates it there, so Athanor creates it too on
 *   MariaDB instead of refusing the revision; MySQL (and an offline script, whose server is unknown) still
 *   refuse it before the server does;
 * - an index on a whole TEXT column (`index().on(textColumn)`, which drizzle allows): MariaDB keeps it by the
 *   longest prefix InnoDB allows (`body(768)` in utf8mb4), so a model key without a prefix matches that prefix,
 *   and Athanor lets MariaDB pick it too instead of refusing; MySQL (which refuses such a key) still refuses;
 * - through the CLI, a revision that adds `.onUpdateNow()` to a column, removes it from another, and changes the
 *   fractional seconds of a `defaultNow().onUpdateNow()` column: the upgrade gives the columns the models say
 *   (the CURRENT_TIMESTAMP default follows the new precision instead of staying `current_timestamp(3)` on a
 *   `timestamp(6)`), `check` is clean, and `downgrade -1` takes ON UPDATE off again (an online MODIFY keeps the
 *   live column's ON UPDATE unless the revision says `onUpdateCurrentTimestamp: false`, which it now does);
 * - through the CLI, dropping the index a foreign key uses (the server refuses a plain DROP INDEX): the key is
 *   dropped with it and added again, the server gives it an index named after it (the table drizzle-kit builds
 *   from the edited models), the rows stay, `check` is clean, and `downgrade -1` gives the table back as it was;
 * - likewise a composite primary key changed while a foreign key uses it (its first column references another
 *   table): DROP PRIMARY KEY alone is refused; and the downgrade's `createPrimaryKey("PRIMARY", ...)` (the name the
 *   catalog gives) was written `ADD CONSTRAINT PRIMARY PRIMARY KEY`, which MySQL refuses ("Incorrect index name").
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { binary, char, index, mysqlTable, serial, text, uniqueIndex } from "drizzle-orm/mysql-core";
import { createMysqlRenderer, mysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import { isAthanorError } from "../../../src/errors.js";
import type { Operation } from "../../../src/operations/operation.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { t } from "../../../src/schema/types-builder.js";
import { CorpusProject } from "../../autogenerate/corpus-real/harness.js";
import { schemaSnapshot } from "../../autogenerate/corpus-real-mysql/harness.js";
import { createMysqlTestDatabase, type MysqlTestDatabase } from "../../support/mysql-databases.js";
import { applyMysql, assertMysqlClean, compareMysql, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const docs = {
  docs: mysqlTable(
    "docs",
    {
      id: serial("id").primaryKey(),
      flag: char("flag"),
      tag: binary("tag"),
      slug: text("slug").notNull().unique(),
      title: text("title"),
      body: text("body"),
    },
    (tbl) => [uniqueIndex("docs_title_uq").on(tbl.title), index("docs_body_idx").on(tbl.body)],
  ),
};

/** The table as drizzle-kit 0.31 writes it for MySQL (its `serial AUTO_INCREMENT`, which MariaDB refuses, left out). */
const KIT_DDL = [
  "CREATE TABLE `docs` (`id` serial, `flag` char, `tag` binary, `slug` text NOT NULL, `title` text, `body` text, " +
    "CONSTRAINT `docs_id` PRIMARY KEY(`id`), CONSTRAINT `docs_slug_unique` UNIQUE(`slug`), CONSTRAINT `docs_title_uq` UNIQUE(`title`))",
  "CREATE INDEX `docs_body_idx` ON `docs` (`body`)",
];

const uniqueOnText: Operation = {
  kind: "createTable",
  table: "pages",
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "path", type: t.text(), nullable: false },
  ],
  uniques: [{ name: "pages_path_uq", columns: ["path"] }],
  indexes: [{ name: "pages_path_ix", columns: ["path"], unique: true }],
};

describe("drizzle idioms the real-schema corpus found", async () => {
  const opts = await requireMysql();

  test("a unique key on a whole TEXT column: rendered for MariaDB 10.4+, refused for MySQL and unknown servers", () => {
    const [stmt] = createMysqlRenderer({ serverVersion: 101106 }).renderOperation(uniqueOnText);
    assert.match(stmt!.sql, /CONSTRAINT `pages_path_uq` UNIQUE \(`path`\)/);
    assert.match(stmt!.sql, /UNIQUE INDEX `pages_path_ix` \(`path`\)/);
    for (const serverVersion of [80036, 100300, undefined])
      assert.throws(
        () => createMysqlRenderer({ serverVersion }).renderOperation(uniqueOnText),
        (e: unknown) => isAthanorError(e) && /keys column path, a TEXT.*prefix only/.test(e.message),
        `server ${serverVersion}`,
      );
  });

  test("char()/binary() without a length and unique TEXT keys: drizzle-kit's database compares clean", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(KIT_DDL);
      await assertMysqlClean(conn, docs);
    });
  });

  test("...and Athanor builds the same table on MariaDB, which then compares clean", opts, async () => {
    await withMysqlDb(async ({ conn }) => {
      const r = await compareMysql(docs, conn);
      await applyMysql(conn, r.operations);
      await assertMysqlClean(conn, docs);
      const show = await conn.query<{ "Create Table": string }>("SHOW CREATE TABLE `docs`");
      const ddl = show.rows[0]!["Create Table"];
      assert.match(ddl, /`flag` char\(1\)/);
      assert.match(ddl, /`tag` binary\(1\)/);
      assert.match(ddl, /UNIQUE KEY `docs_slug_unique` \(`slug`\) USING HASH/);
      assert.match(ddl, /UNIQUE KEY `docs_title_uq` \(`title`\) USING HASH/);
      assert.match(ddl, /KEY `docs_body_idx` \(`body`\(768\)\)/);
    });
  });

  test("an index on a whole TEXT column: rendered for MariaDB, refused for MySQL and unknown servers", () => {
    const op: Operation = {
      kind: "createTable",
      table: "notes",
      columns: [
        { name: "id", type: t.integer(), primaryKey: true },
        { name: "body", type: t.text() },
      ],
      indexes: [{ name: "notes_body_idx", columns: ["body"] }],
    };
    assert.match(createMysqlRenderer({ serverVersion: 101106 }).renderOperation(op)[0]!.sql, /INDEX `notes_body_idx` \(`body`\)/);
    for (const serverVersion of [80036, undefined])
      assert.throws(
        () => createMysqlRenderer({ serverVersion }).renderOperation(op),
        (e: unknown) => isAthanorError(e) && /notes_body_idx keys column body, a TEXT, without a prefix length/.test(e.message),
      );
  });

  test("a MODIFY that changes a datetime's precision keeps a CURRENT_TIMESTAMP default at the new precision", () => {
    const alter = (extra: Record<string, unknown>): string =>
      mysqlRenderer.renderOperation({
        kind: "alterColumn",
        table: "t",
        column: "at",
        type: t.timestamptz(6),
        existingType: t.timestamptz(3),
        existingNullable: false,
        existingDefault: sql("current_timestamp(3)"),
        existingComment: null,
        mysql: { onUpdateCurrentTimestamp: true },
        ...extra,
      } as Operation)[0]!.sql;
    assert.equal(alter({}), "ALTER TABLE `t` MODIFY COLUMN `at` TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
    assert.match(alter({ type: t.timestamptz() }), /TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP$/);
    // a default the revision gives is used as given
    assert.match(alter({ default: sql("CURRENT_TIMESTAMP(3)") }), /DEFAULT CURRENT_TIMESTAMP\(3\) ON UPDATE/);
  });

  test("through the CLI: ON UPDATE added and removed, fractional seconds changed; check clean; downgrade restores", opts, async () => {
    const source = (edited: boolean): string => `import { mysqlTable, serial, timestamp, varchar } from "drizzle-orm/mysql-core";
export const posts = mysqlTable("posts", {
  id: serial("id").primaryKey(),
  title: varchar("title", { length: 200 }).notNull(),
  createdAt: timestamp("created_at").defaultNow()${edited ? ".onUpdateNow()" : ""},
  editedAt: timestamp("edited_at", { fsp: 3 }).defaultNow()${edited ? "" : ".onUpdateNow()"},
  updatedAt: timestamp("updated_at", { fsp: ${edited ? 6 : 3} }).defaultNow().onUpdateNow().notNull(),
});
`;
    const db: MysqlTestDatabase = await createMysqlTestDatabase("athanor_onupdate");
    const project = new CorpusProject(db.url, source(false));
    const showCreate = async (): Promise<string> => {
      const rows = await db.query<{ "Create Table": string }>("SHOW CREATE TABLE `posts`");
      return rows[0]!["Create Table"].replace(/ AUTO_INCREMENT=\d+/, "");
    };
    try {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO posts (title) VALUES ('first'), ('second')");
      const initial = await showCreate();
      assert.match(initial, /`edited_at` timestamp\(3\) NULL DEFAULT current_timestamp\(3\) ON UPDATE current_timestamp\(3\)/);

      project.setSchema(source(true));
      const revision = project.autogenerate("on update");
      assert.match(revision, /alterColumn\("posts", "edited_at", \{[^\n]*mysql: \{ onUpdateCurrentTimestamp: false \}/);
      project.athanor(["upgrade", "head"]);
      const upgraded = await showCreate();
      assert.match(upgraded, /`created_at` timestamp NULL DEFAULT current_timestamp\(\) ON UPDATE current_timestamp\(\)/);
      assert.match(upgraded, /`edited_at` timestamp\(3\) NULL DEFAULT current_timestamp\(3\),/);
      assert.match(upgraded, /`updated_at` timestamp\(6\) NOT NULL DEFAULT current_timestamp\(6\) ON UPDATE current_timestamp\(6\)/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      assert.deepEqual((await db.query<{ title: string }>("SELECT title FROM posts ORDER BY id")).map((r) => r.title), ["first", "second"]);

      project.athanor(["downgrade", "-1"]);
      assert.equal(await showCreate(), initial);
    } finally {
      project.cleanup();
      await db.drop();
    }
  });

  test("through the CLI: dropping the index a foreign key uses; rows kept, check clean, downgrade restores", opts, async () => {
    const source = (edited: boolean): string => `import { index, int, mysqlTable, varchar } from "drizzle-orm/mysql-core";
export const teams = mysqlTable("teams", { id: int("id").primaryKey().autoincrement(), name: varchar("name", { length: 50 }) });
export const members = mysqlTable("members", {
  id: int("id").primaryKey().autoincrement(),
  teamId: int("team_id").notNull().references(() => teams.id, { onDelete: "cascade" }),
  email: varchar("email", { length: 100 }),
}, (t) => [${edited ? "" : `index("members_team_idx").on(t.teamId), `}index("members_email_idx").on(t.email)]);
`;
    const db: MysqlTestDatabase = await createMysqlTestDatabase("athanor_fkindex");
    const project = new CorpusProject(db.url, source(false));
    const showCreate = async (): Promise<string> => {
      const rows = await db.query<{ "Create Table": string }>("SHOW CREATE TABLE `members`");
      return rows[0]!["Create Table"].replace(/ AUTO_INCREMENT=\d+/, "");
    };
    try {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO teams (name) VALUES ('core'), ('web')");
      await db.query("INSERT INTO members (team_id, email) VALUES (1, 'a@x'), (2, 'b@x'), (2, 'c@x')");
      const initial = await schemaSnapshot(db);
      assert.match(initial, /KEY `members_team_idx` \(`team_id`\)/);

      project.setSchema(source(true));
      assert.match(project.autogenerate("drop team index"), /dropIndex\("members_team_idx"/);
      project.athanor(["upgrade", "head"]);
      const upgraded = await showCreate();
      assert.doesNotMatch(upgraded, /members_team_idx/);
      assert.match(upgraded, /KEY `members_team_id_teams_id_fk` \(`team_id`\)/);
      assert.match(upgraded, /CONSTRAINT `members_team_id_teams_id_fk` FOREIGN KEY \(`team_id`\) REFERENCES `teams` \(`id`\) ON DELETE CASCADE/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      const rows = await db.query<{ team_id: number; email: string }>("SELECT team_id, email FROM members ORDER BY id");
      assert.deepEqual(rows.map((r) => `${r.team_id}:${r.email}`), ["1:a@x", "2:b@x", "2:c@x"]);

      project.athanor(["downgrade", "-1"]);
      // (keys compared sorted: the server lists them in creation order)
      assert.equal(await schemaSnapshot(db), initial);
      // the key still cascades
      await db.query("DELETE FROM teams WHERE id = 2");
      assert.deepEqual((await db.query<{ n: number }>("SELECT COUNT(*) AS n FROM members")).map((r) => Number(r.n)), [1]);
    } finally {
      project.cleanup();
      await db.drop();
    }
  });

  test("through the CLI: a composite primary key a foreign key uses changes; rows kept, check clean, downgrade restores", opts, async () => {
    const source = (edited: boolean): string => `import { int, mysqlTable, primaryKey, varchar } from "drizzle-orm/mysql-core";
export const members = mysqlTable("members", { id: int("id").primaryKey().autoincrement(), email: varchar("email", { length: 100 }) });
export const memberTags = mysqlTable("member_tags", {
  memberId: int("member_id").notNull().references(() => members.id, { onDelete: "cascade" }),
  tag: varchar("tag", { length: 40 }).notNull(),
  position: int("position").notNull().default(0),
}, (t) => [primaryKey({ columns: [t.memberId, t.tag${edited ? ", t.position" : ""}] })]);
`;
    const db: MysqlTestDatabase = await createMysqlTestDatabase("athanor_pkfk");
    const project = new CorpusProject(db.url, source(false));
    try {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO members (email) VALUES ('a@x'), ('b@x')");
      await db.query("INSERT INTO member_tags (member_id, tag) VALUES (1, 'red'), (1, 'blue'), (2, 'red')");
      const initial = await schemaSnapshot(db);

      project.setSchema(source(true));
      const revision = project.autogenerate("longer key");
      assert.match(revision, /createPrimaryKey\("\w+", "member_tags", \["member_id", "tag", "position"\]/);
      assert.match(revision, /createPrimaryKey\("PRIMARY", "member_tags", \["member_id", "tag"\]/);
      project.athanor(["upgrade", "head"]);
      const upgraded = await schemaSnapshot(db);
      assert.match(upgraded, /PRIMARY KEY \(`member_id`,`tag`,`position`\)/);
      // the key's own index went again once the new primary key could serve it
      assert.doesNotMatch(upgraded, /KEY `member_tags_member_id_members_id_fk`/);
      assert.match(upgraded, /CONSTRAINT `member_tags_member_id_members_id_fk` FOREIGN KEY \(`member_id`\) REFERENCES `members` \(`id`\) ON DELETE CASCADE/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      const tags = async () => (await db.query<{ m: number; tag: string }>("SELECT member_id AS m, tag FROM member_tags ORDER BY 1, 2")).map((r) => `${r.m}:${r.tag}`);
      assert.deepEqual(await tags(), ["1:blue", "1:red", "2:red"]);

      project.athanor(["downgrade", "-1"]);
      assert.equal(await schemaSnapshot(db), initial);
      assert.deepEqual(await tags(), ["1:blue", "1:red", "2:red"]);
    } finally {
      project.cleanup();
      await db.drop();
    }
  });
});

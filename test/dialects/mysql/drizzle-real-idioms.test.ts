/**
 * What the MySQL real-schema corpus (test/autogenerate/corpus-real-mysql) found, one focused case each:
 * - drizzle's `char()` and `binary()` without a length (drizzle-orm's own type-test schema) are CHAR(1) and
 *   BINARY(1), as the server keeps them: a database drizzle-kit built compares clean, and so does Athanor's;
 * - a unique key on a whole TEXT column (`text().unique()`, `uniqueIndex().on(textColumn)`): MariaDB 10.4+ keeps
 *   it as a hash (`UNIQUE KEY ... USING HASH`) and drizzle-kit creates it there, so Athanor creates it too on
 *   MariaDB instead of refusing the revision; MySQL (and an offline script, whose server is unknown) still
 *   refuse it before the server does.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { binary, char, mysqlTable, serial, text, uniqueIndex } from "drizzle-orm/mysql-core";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import { isAthanorError } from "../../../src/errors.js";
import type { Operation } from "../../../src/operations/operation.js";
import { t } from "../../../src/schema/types-builder.js";
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
    },
    (tbl) => [uniqueIndex("docs_title_uq").on(tbl.title)],
  ),
};

/** The table as drizzle-kit 0.31 writes it for MySQL (its `serial AUTO_INCREMENT`, which MariaDB refuses, left out). */
const KIT_DDL =
  "CREATE TABLE `docs` (`id` serial, `flag` char, `tag` binary, `slug` text NOT NULL, `title` text, " +
  "CONSTRAINT `docs_id` PRIMARY KEY(`id`), CONSTRAINT `docs_slug_unique` UNIQUE(`slug`), CONSTRAINT `docs_title_uq` UNIQUE(`title`))";

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
    });
  });
});

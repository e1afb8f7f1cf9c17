/**
 * A team adopting Athanor on a MariaDB database other tools built runs `drizzle-kit pull` and points the models at
 * the schema.ts it writes. mysql-ddl.sql is SQL nobody here wrote (Chinook's and Sakila's own), mysql-schema.ts
 * what drizzle-kit 0.31.11 pulled from it on MariaDB (its header lists what pull loses). Compared with the very
 * database it was pulled from, autogenerate must not make a revision that damages it or stops half-way:
 * - no primary key of an AUTO_INCREMENT column is dropped (the server refuses, after the statements before it
 *   committed): each is kept, with a warning;
 * - `.default('NULL')` and `.default('current_timestamp()')` are what MariaDB has (no default, CURRENT_TIMESTAMP),
 *   said once per table, not the texts 'NULL' and 'current_timestamp()';
 * - a MariaDB string default pull quotes twice (`.default("'G'")`) is the text inside the quotes, said;
 * - a column's own collation, which a drizzle column can't declare, is no difference; nor is FULLTEXT, which
 *   drizzle's index() can't declare either (pull writes a plain index: it is not dropped for a B-tree);
 * - a foreign key pull writes inline and unnamed (`.references()`) is the database's key of the same definition,
 *   whatever its name (FK_AlbumArtistId), not a drop and a create under drizzle's name; one given a name still
 *   compares by it;
 * what is left is what pull really lost (UNSIGNED, ON UPDATE, the primary key of a table without AUTO_INCREMENT),
 * reported as changes.
 * On WordPress's wp_terms, pull writes MariaDB's `DEFAULT ''` as `.default('\'')` (one quote): the empty text, not a
 * change to the text "'". On Sakila's address, pull comments out the GEOMETRY column but keeps its index: said in one
 * line, not a TypeError.
 * And a model of Athanor's own that leaves a column's collation to the table gets a revision that does change it:
 * after upgrade, check is clean (the MODIFY said nothing of the collation, which MariaDB then keeps).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { bigint, foreignKey, index, int, mysqlTable, smallint, varchar } from "drizzle-orm/mysql-core";
import { table } from "../../../src/autogenerate/models/table.js";
import { t } from "../../../src/schema/types-builder.js";
import { REPO_ROOT } from "../../support/cli.js";
import { applyMysql, assertMysqlClean, compareMysql, describeOps, requireMysql, withMysqlDb } from "../../dialects/mysql/autogenerate-support.js";
import * as pulled from "./mysql-schema.js";
import { WORDPRESS_WP_TERMS } from "../real-ddl-excerpts.js";

const DDL = readFileSync(join(REPO_ROOT, "test/autogenerate/drizzle-kit-pull/mysql-ddl.sql"), "utf8")
  .split(/;\s*\n/)
  .map((s) => s.replace(/^--.*$/gm, "").trim())
  .filter((s) => s !== "");

describe("drizzle-kit pull of a MariaDB database, compared with that database", async () => {
  const opts = await requireMysql();

  test("no key dropped, no 'NULL' text default, no collation change; pull's real losses reported", opts, async () => {
    await withMysqlDb(async (db) => {
      await db.sql(DDL);
      const r = await compareMysql(pulled, db.conn);
      assert.equal(
        describeOps(r.operations),
        [
          "drop constraint PRIMARY on film_text  [drops the primary key of film_text]",
          "alter column language.language_id (type)  [changes the type of language.language_id from tinyint unsigned to tinyint: may fail or lose data]",
          "alter column language.last_update (type)",
        ].join("\n"),
      );
      const warnings = r.warnings.join("\n");
      for (const table of ["Album", "Artist", "language"]) {
        assert.match(warnings, new RegExp(`${table}: the primary key is kept although the models drop it: \\w+ is AUTO_INCREMENT`));
        // not also the warning of a drop that no longer happens
        assert.doesNotMatch(warnings, new RegExp(`^${table}: the primary key changes`, "m"));
      }
      assert.match(warnings, /^film_text: the primary key changes \(film_id -> none\)/m);
      assert.match(warnings, /Artist: \.default\('NULL'\) on Name is taken as no default \(drizzle-kit pull writes it for MariaDB's DEFAULT NULL/);
      assert.match(warnings, /language: \.default\('current_timestamp\(\)'\) on last_update is taken as the SQL CURRENT_TIMESTAMP/);
      assert.match(warnings, /film_text: the default of rating is a text in quotes \('G' for G, a lone ' for the empty text\), taken as the text inside them/);
      // the revision runs to the end (it stopped at the first DROP PRIMARY KEY, after the foreign key's drop had committed)
      await applyMysql(db.conn, r.operations);
      const [row] = (await db.conn.query<{ n: number }>("SELECT COUNT(*) AS n FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND constraint_type = 'PRIMARY KEY'")).rows;
      // the FULLTEXT key (a plain index() in the pull) is left as it is
      assert.equal(Number(row!.n), 3);
      const [ft] = (await db.conn.query<{ t: string }>("SELECT index_type AS t FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'idx_title_description' LIMIT 1")).rows;
      assert.equal(ft!.t, "FULLTEXT");
    });
  });

  test("a foreign key drizzle names by default matches by definition; one named in the models, by name", opts, async () => {
    await withMysqlDb(async (db) => {
      await db.sql([
        "CREATE TABLE parent (id INT PRIMARY KEY, code INT NOT NULL, UNIQUE KEY parent_code (code))",
        "CREATE TABLE child (id INT PRIMARY KEY, a INT, b INT, c INT, d INT, " +
          "CONSTRAINT FK_a FOREIGN KEY (a) REFERENCES parent (id) ON DELETE CASCADE, " +
          "CONSTRAINT FK_b FOREIGN KEY (b) REFERENCES parent (id), " +
          "CONSTRAINT FK_c FOREIGN KEY (c) REFERENCES parent (code), " +
          "CONSTRAINT FK_d FOREIGN KEY (d) REFERENCES parent (id))",
      ]);
      const parent = mysqlTable("parent", { id: int().primaryKey(), code: int().notNull().unique("parent_code") });
      const models = {
        parent,
        child: mysqlTable(
          "child",
          {
            id: int().primaryKey(),
            // as pull writes them: inline, unnamed
            a: int().references(() => parent.id, { onDelete: "cascade" }),
            b: int().references(() => parent.id),
            c: int(),
            d: int(),
          },
          (t) => [
            foreignKey({ columns: [t.c], foreignColumns: [parent.code] }),
            foreignKey({ name: "fk_d_named", columns: [t.d], foreignColumns: [parent.id] }),
          ],
        ),
      };
      const r = await compareMysql(models, db.conn);
      assert.equal(describeOps(r.operations), ["drop constraint FK_d on child", "create foreign key fk_d_named on child"].join("\n"));
      // an action that differs is a change, and the key is made again under drizzle's name
      await db.sql(["ALTER TABLE child DROP FOREIGN KEY FK_a", "ALTER TABLE child ADD CONSTRAINT FK_a FOREIGN KEY (a) REFERENCES parent (id) ON DELETE SET NULL"]);
      const r2 = await compareMysql(models, db.conn);
      assert.match(describeOps(r2.operations), /^drop constraint FK_a on child\n(.*\n)*create foreign key child_a_parent_id_fk on child/);
      await applyMysql(db.conn, r2.operations);
      await assertMysqlClean(db.conn, models);
    });
  });

  test("WordPress wp_terms: .default('\\'') is MariaDB's DEFAULT '' (pull's losses, UNSIGNED and the bigint's default 0, reported)", opts, async () => {
    await withMysqlDb(async (db) => {
      // WordPress/WordPress, wp-admin/includes/schema.php ($wpdb->prefix wp_)
      await db.sql([
        WORDPRESS_WP_TERMS,
      ]);
      // what drizzle-kit 0.31.11 pulled (with the bigint import it left out)
      const wpTerms = mysqlTable(
        "wp_terms",
        {
          termId: bigint("term_id", { mode: "number" }).autoincrement().notNull(),
          name: varchar({ length: 200 }).default("'").notNull(),
          slug: varchar({ length: 200 }).default("'").notNull(),
          termGroup: bigint("term_group", { mode: "number" }).notNull(),
        },
        (table) => [index("slug").on(table.slug), index("name").on(table.name)],
      );
      const r = await compareMysql({ wpTerms }, db.conn);
      assert.equal(
        describeOps(r.operations),
        [
          "alter column wp_terms.term_id (type)  [changes the type of wp_terms.term_id from bigint unsigned to bigint: may fail or lose data]",
          "alter column wp_terms.term_group (drop default)",
        ].join("\n"),
      );
      assert.match(r.warnings.join("\n"), /wp_terms: the default of name, slug is a text in quotes \('G' for G, a lone ' for the empty text\)/);
    });
  });

  test("Sakila address: an index on the GEOMETRY column pull commented out is one clear error", opts, async () => {
    await withMysqlDb(async (db) => {
      const address = mysqlTable(
        "address",
        {
          addressId: smallint("address_id").autoincrement().notNull(),
          // Warning: Can't parse geometry from database
          // geometryType: geometry("location").notNull(),
        },
        // biome-ignore lint/suspicious/noExplicitAny: as pull writes it, the column is not there
        (table: any) => [index("idx_location").on(table.location)],
      );
      await assert.rejects(compareMysql({ address }, db.conn), {
        name: "AthanorError",
        message: /^table address: index idx_location lists a column the table doesn't have \(drizzle-kit pull comments out/,
      });
    });
  });

  test("a model of Athanor's own types that leaves a column's collation to the table: the revision changes it, then check is clean", opts, async () => {
    await withMysqlDb(async (db) => {
      await db.sql(DDL);
      const artist = table("Artist", {
        columns: { ArtistId: { type: t.integer(), primaryKey: true, identity: "byDefault" }, Name: t.varchar(120) },
      });
      const r = await compareMysql({ artist }, db.conn, { include: (o) => o.type !== "table" || o.name === "Artist" });
      const alter = r.operations.find((o) => o.kind === "alterColumn" && o.column === "Name");
      assert.ok(alter?.kind === "alterColumn");
      assert.deepEqual(alter.mysql, { collation: "utf8mb4_general_ci" });
      await applyMysql(db.conn, r.operations);
      await assertMysqlClean(db.conn, { artist }, { include: (o) => o.type !== "table" || o.name === "Artist" });
    });
  });
});

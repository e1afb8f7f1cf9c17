/**
 * Type changes of columns foreign keys use, on MariaDB through the CLI, with rows. The server refuses to MODIFY
 * such a column on either side (errno 1832/1833, a widening too: foreign-key-column-type.test.ts), so autogenerate
 * drops every key involved, changes the columns, and adds the keys again (same names, same ON DELETE/UPDATE); the
 * downgrade does the reverse:
 * - a parent key (AUTO_INCREMENT) and two children, one cascading, widened (SMALLINT UNSIGNED -> INT UNSIGNED),
 *   after an unrelated change that commits first;
 * - a self-referencing table (INT -> BIGINT on both columns);
 * - a composite key whose second column changes on both sides;
 * each: autogenerate -> upgrade -> check clean -> rows intact -> downgrade -> SHOW CREATE TABLE equal to before,
 * and the offline scripts (--sql) on a fresh database both ways. When the models change one side only (the key
 * could not be added again), nothing moves and the warning names the keys.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CorpusProject } from "../../autogenerate/corpus-real/harness.js";
import { assertOfflineScriptsBuild, schemaSnapshot, withMysqlProject } from "../../autogenerate/corpus-real-mysql/harness.js";
import { type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";

/** city <- address (cascading), city <- store; `id` the type of the city keys, `note` an unrelated new column. */
const shop = (id: string, note = false): string => `import { ${id === "int" ? "int" : "smallint"}, mysqlTable, varchar } from "drizzle-orm/mysql-core";
const key = (name: string) => ${id === "int" ? "int" : "smallint"}(name, { unsigned: true });
export const city = mysqlTable("city", {
  cityId: key("city_id").primaryKey().autoincrement(),
  name: varchar("name", { length: 50 }).notNull(),${note ? `\n  note: varchar("note", { length: 20 }),` : ""}
});
export const address = mysqlTable("address", {
  id: key("id").primaryKey().autoincrement(),
  cityId: key("city_id").notNull().references(() => city.cityId, { onDelete: "cascade", onUpdate: "cascade" }),
});
export const store = mysqlTable("store", {
  id: key("id").primaryKey().autoincrement(),
  cityId: key("city_id").references(() => city.cityId),
});
`;

const tree = (type: "int" | "bigint"): string => `import { bigint, int, mysqlTable, varchar, type AnyMySqlColumn } from "drizzle-orm/mysql-core";
const key = (name: string) => ${type === "int" ? "int(name)" : 'bigint(name, { mode: "number" })'};
export const category = mysqlTable("category", {
  id: key("id").primaryKey(),
  parentId: key("parent_id").references((): AnyMySqlColumn => category.id, { onDelete: "set null" }),
  name: varchar("name", { length: 20 }).notNull(),
});
`;

const composite = (child: "int" | "bigint", parent: "int" | "bigint" = child): string => `import { bigint, foreignKey, int, mysqlTable, primaryKey } from "drizzle-orm/mysql-core";
const t = (name: string, type: string) => (type === "int" ? int(name) : bigint(name, { mode: "number" }));
export const region = mysqlTable("region", {
  country: int("country").notNull(),
  code: t("code", "${parent}").notNull(),
}, (r) => [primaryKey({ columns: [r.country, r.code] })]);
export const site = mysqlTable("site", {
  id: int("id").primaryKey(),
  country: int("country").notNull(),
  code: t("code", "${child}").notNull(),
}, (s) => [foreignKey({ name: "site_region_fk", columns: [s.country, s.code], foreignColumns: [region.country, region.code] }).onDelete("cascade")]);
`;

const rows = async (db: MysqlTestDatabase, sql: string): Promise<string[]> =>
  (await db.query<Record<string, unknown>>(sql)).map((r) => Object.values(r).map(String).join(":"));

/** Upgrade, check, rows, downgrade, snapshot; then the offline scripts on a fresh database. */
async function roundTrip(db: MysqlTestDatabase, project: CorpusProject, read: string): Promise<string> {
  const initial = await schemaSnapshot(db);
  const before = await rows(db, read);
  const offlineUp = project.athanor(["upgrade", "head", "--sql"]).stdout;
  project.athanor(["upgrade", "head"]);
  const upgraded = await schemaSnapshot(db);
  const check = project.athanor(["check"]);
  assert.match(check.stdout, /No changes detected/, `${check.stdout}${check.stderr}`);
  assert.doesNotMatch(check.stderr, /foreign key/i);
  assert.deepEqual(await rows(db, read), before);
  const offlineDown = project.athanor(["downgrade", "head:-1", "--sql"]).stdout;
  project.athanor(["downgrade", "-1"]);
  assert.equal(await schemaSnapshot(db), initial);
  assert.deepEqual(await rows(db, read), before);
  // the offline scripts, run by the client on a fresh database, build the same schemas both ways
  await assertOfflineScriptsBuild(project, "athanor_fktype_sql", offlineDown, { upgraded, initial });
  return offlineUp;
}

describe("MySQL: type changes of columns foreign keys use", async () => {
  const opts = await requireMysql();

  test("a referenced key and its children widened: keys dropped, columns changed, keys added again; downgrade reverses", opts, async () => {
    await withMysqlProject("athanor_fktype", shop("smallint"), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO city (name) VALUES ('a'), ('b')");
      await db.query("INSERT INTO address (city_id) VALUES (1), (2), (2)");
      await db.query("INSERT INTO store (city_id) VALUES (1), (NULL)");

      project.setSchema(shop("int", true));
      const revision = project.autogenerate("widen city keys");
      assert.doesNotMatch(revision, /used in a foreign key constraint/);
      const up = revision.slice(revision.indexOf("upgrade("), revision.indexOf("downgrade("));
      const calls = [...up.matchAll(/op\.(\w+)\("([^"]+)"(?:, "([^"]+)")?/g)].map((m) => `${m[1]} ${m[2]}${m[3] ? ` ${m[3]}` : ""}`);
      assert.equal(calls[0], "addColumn city", calls.join("\n"));
      assert.equal(calls.filter((c) => c.startsWith("dropConstraint")).length, 2, calls.join("\n"));
      assert.equal(calls.filter((c) => c.startsWith("createForeignKey")).length, 2, calls.join("\n"));
      // drops before every change of a key's column, the keys again after the last, with their rules
      const at = (s: string): number => calls.indexOf(s);
      for (const fk of ["address_city_id_city_city_id_fk address", "store_city_id_city_city_id_fk store"]) {
        for (const col of ["alterColumn address city_id", "alterColumn city city_id", "alterColumn store city_id"]) {
          assert.ok(at(`dropConstraint ${fk}`) >= 0 && at(`dropConstraint ${fk}`) < at(col), calls.join("\n"));
          assert.ok(at(`createForeignKey ${fk}`) > at(col), calls.join("\n"));
        }
      }
      assert.match(up, /createForeignKey\("address_city_id_city_city_id_fk", "address", \["city_id"\], "city", \["city_id"\], \{[^}]*onDelete: "cascade"[^}]*onUpdate: "cascade"/);

      const offline = await roundTrip(db, project, "SELECT a.id, a.city_id, c.name FROM address a JOIN city c USING (city_id) ORDER BY a.id");
      assert.match(offline, /ALTER TABLE `address` DROP FOREIGN KEY `address_city_id_city_city_id_fk`[\s\S]*MODIFY COLUMN `city_id` int unsigned[\s\S]*ADD CONSTRAINT `address_city_id_city_city_id_fk` FOREIGN KEY/i);
      // upgraded again, the keys still work: the cascade and the check
      project.athanor(["upgrade", "head"]);
      await assert.rejects(db.query("INSERT INTO store (city_id) VALUES (99)"), /foreign key constraint fails/);
      await db.query("DELETE FROM city WHERE city_id = 2");
      assert.deepEqual(await rows(db, "SELECT id, city_id FROM address ORDER BY id"), ["1:1"]);
    });
  });

  test("a self-referencing table: INT -> BIGINT on both columns", opts, async () => {
    await withMysqlProject("athanor_fktree", tree("int"), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO category VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b')");
      project.setSchema(tree("bigint"));
      const revision = project.autogenerate("bigint ids");
      assert.doesNotMatch(revision, /used in a foreign key constraint/);
      const up = revision.slice(revision.indexOf("upgrade("), revision.indexOf("downgrade("));
      assert.match(up, /dropConstraint\("category_parent_id_category_id_fk"[\s\S]*alterColumn\("category", "id"[\s\S]*alterColumn\("category", "parent_id"[\s\S]*createForeignKey\("category_parent_id_category_id_fk"/);
      await roundTrip(db, project, "SELECT id, parent_id, name FROM category ORDER BY id");
    });
  });

  test("a composite key whose second column changes on both sides", opts, async () => {
    await withMysqlProject("athanor_fkpair", composite("int"), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await db.query("INSERT INTO region VALUES (1, 10), (1, 11)");
      await db.query("INSERT INTO site VALUES (1, 1, 10), (2, 1, 11)");
      project.setSchema(composite("bigint"));
      const revision = project.autogenerate("bigint codes");
      assert.doesNotMatch(revision, /used in a foreign key constraint/);
      await roundTrip(db, project, "SELECT id, country, code FROM site ORDER BY id");
    });
  });

  test("one side only: the key could not be added again, so nothing moves and the warning says why", opts, async () => {
    await withMysqlProject("athanor_fkone", composite("int"), async (_db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      project.setSchema(composite("bigint", "int"));
      const check = project.athanor(["check"], 2);
      const out = `${check.stdout}${check.stderr}`;
      assert.match(out, /site\.code: its type changes \(integer -> bigint\) while foreign key\(s\) site_region_fk use it/);
      assert.match(out, /site_region_fk could not be added again with site\.code bigint and region\.code int/);
    });
  });
});

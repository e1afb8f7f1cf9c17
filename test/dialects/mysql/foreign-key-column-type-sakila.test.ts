/**
 * Sakila's key layout on MariaDB (country <- city <- address <- staff, store, customer; store <-> staff both ways,
 * each key with its own index, ON UPDATE CASCADE): the id columns widened or made signed in the models, as
 * drizzle-kit pull loses UNSIGNED. Autogenerate drops the keys of each group of type changes, changes the columns
 * and adds the keys again; the upgrade runs, `compare` is clean, rows are kept, and the downgrade gives SHOW CREATE
 * TABLE as before.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { table } from "../../../src/autogenerate/index.js";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import { t } from "../../../src/schema/types-builder.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { applyMysql, assertMysqlClean, compareMysql, describeOps, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const DDL = [
  "CREATE TABLE country (country_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, country VARCHAR(50) NOT NULL, PRIMARY KEY (country_id))",
  "CREATE TABLE city (city_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, city VARCHAR(50) NOT NULL, country_id SMALLINT UNSIGNED NOT NULL, PRIMARY KEY (city_id), KEY idx_fk_country_id (country_id), CONSTRAINT fk_city_country FOREIGN KEY (country_id) REFERENCES country (country_id) ON DELETE RESTRICT ON UPDATE CASCADE)",
  "CREATE TABLE address (address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, address VARCHAR(50) NOT NULL, city_id SMALLINT UNSIGNED NOT NULL, PRIMARY KEY (address_id), KEY idx_fk_city_id (city_id), CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE RESTRICT ON UPDATE CASCADE)",
  "CREATE TABLE staff (staff_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT, first_name VARCHAR(45) NOT NULL, address_id SMALLINT UNSIGNED NOT NULL, store_id TINYINT UNSIGNED NOT NULL, PRIMARY KEY (staff_id), KEY idx_fk_store_id (store_id), KEY idx_fk_address_id (address_id), CONSTRAINT fk_staff_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE)",
  "CREATE TABLE store (store_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT, manager_staff_id TINYINT UNSIGNED NOT NULL, address_id SMALLINT UNSIGNED NOT NULL, PRIMARY KEY (store_id), UNIQUE KEY idx_unique_manager (manager_staff_id), KEY idx_fk_address_id (address_id), CONSTRAINT fk_store_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE, CONSTRAINT fk_store_staff FOREIGN KEY (manager_staff_id) REFERENCES staff (staff_id) ON DELETE RESTRICT ON UPDATE CASCADE)",
  "ALTER TABLE staff ADD CONSTRAINT fk_staff_store FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE RESTRICT ON UPDATE CASCADE",
  "CREATE TABLE customer (customer_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, store_id TINYINT UNSIGNED NOT NULL, address_id SMALLINT UNSIGNED NOT NULL, PRIMARY KEY (customer_id), KEY idx_fk_store_id (store_id), KEY idx_fk_address_id (address_id), CONSTRAINT fk_customer_address FOREIGN KEY (address_id) REFERENCES address (address_id) ON DELETE RESTRICT ON UPDATE CASCADE, CONSTRAINT fk_customer_store FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE RESTRICT ON UPDATE CASCADE)",
  "INSERT INTO country VALUES (1,'x')", "INSERT INTO city VALUES (1,'c',1)", "INSERT INTO address VALUES (1,'a',1),(2,'b',1)",
  "SET foreign_key_checks=0", "INSERT INTO staff VALUES (1,'s',1,1)", "INSERT INTO store VALUES (1,1,2)", "SET foreign_key_checks=1",
  "INSERT INTO customer VALUES (1,1,1),(2,1,2)",
];
const U = (s: string) => t.sql(s);
const idx = (name: string, col: string) => ({ name, columns: [col] });
const models = (tiny: string, small: string) => ({
  country: table("country", { columns: { country_id: { type: U(small), primaryKey: true, identity: "byDefault" }, country: { type: t.varchar(50), nullable: false } } }),
  city: table("city", { columns: { city_id: { type: U(small), primaryKey: true, identity: "byDefault" }, city: { type: t.varchar(50), nullable: false }, country_id: { type: U(small), nullable: false } },
    indexes: [idx("idx_fk_country_id", "country_id")], foreignKeys: [{ name: "fk_city_country", columns: ["country_id"], refTable: "country", refColumns: ["country_id"], onDelete: "restrict", onUpdate: "cascade" }] }),
  address: table("address", { columns: { address_id: { type: U(small), primaryKey: true, identity: "byDefault" }, address: { type: t.varchar(50), nullable: false }, city_id: { type: U(small), nullable: false } },
    indexes: [idx("idx_fk_city_id", "city_id")], foreignKeys: [{ name: "fk_address_city", columns: ["city_id"], refTable: "city", refColumns: ["city_id"], onDelete: "restrict", onUpdate: "cascade" }] }),
  staff: table("staff", { columns: { staff_id: { type: U(tiny), primaryKey: true, identity: "byDefault" }, first_name: { type: t.varchar(45), nullable: false }, address_id: { type: U(small), nullable: false }, store_id: { type: U(tiny), nullable: false } },
    indexes: [idx("idx_fk_store_id", "store_id"), idx("idx_fk_address_id", "address_id")],
    foreignKeys: [{ name: "fk_staff_address", columns: ["address_id"], refTable: "address", refColumns: ["address_id"], onDelete: "restrict", onUpdate: "cascade" }, { name: "fk_staff_store", columns: ["store_id"], refTable: "store", refColumns: ["store_id"], onDelete: "restrict", onUpdate: "cascade" }] }),
  store: table("store", { columns: { store_id: { type: U(tiny), primaryKey: true, identity: "byDefault" }, manager_staff_id: { type: U(tiny), nullable: false }, address_id: { type: U(small), nullable: false } },
    uniques: [{ name: "idx_unique_manager", columns: ["manager_staff_id"] }], indexes: [idx("idx_fk_address_id", "address_id")],
    foreignKeys: [{ name: "fk_store_address", columns: ["address_id"], refTable: "address", refColumns: ["address_id"], onDelete: "restrict", onUpdate: "cascade" }, { name: "fk_store_staff", columns: ["manager_staff_id"], refTable: "staff", refColumns: ["staff_id"], onDelete: "restrict", onUpdate: "cascade" }] }),
  customer: table("customer", { columns: { customer_id: { type: U("smallint unsigned"), primaryKey: true, identity: "byDefault" }, store_id: { type: U(tiny), nullable: false }, address_id: { type: U(small), nullable: false } },
    indexes: [idx("idx_fk_store_id", "store_id"), idx("idx_fk_address_id", "address_id")],
    foreignKeys: [{ name: "fk_customer_address", columns: ["address_id"], refTable: "address", refColumns: ["address_id"], onDelete: "restrict", onUpdate: "cascade" }, { name: "fk_customer_store", columns: ["store_id"], refTable: "store", refColumns: ["store_id"], onDelete: "restrict", onUpdate: "cascade" }] }),
});

async function snap(conn: DatabaseConnection): Promise<string> {
  const out: string[] = [];
  for (const tb of ["address", "city", "country", "customer", "staff", "store"]) out.push((await conn.query<Record<string, string>>(`SHOW CREATE TABLE ${tb}`)).rows[0]!["Create Table"]!.replace(/ AUTO_INCREMENT=\d+/, ""));
  return out.join("\n");
}

describe("MySQL: Sakila's keys around type changes", async () => {
  const opts = await requireMysql();
  for (const [tiny, small] of <[string, string][]>[["smallint unsigned", "smallint unsigned"], ["tinyint unsigned", "int unsigned"], ["smallint unsigned", "int unsigned"], ["tinyint", "smallint"]]) {
    test(`${tiny} ids of staff and store, ${small} of the others`, opts, async () => {
      await withMysqlDb(async ({ conn, sql }) => {
        await sql(DDL);
        await assertMysqlClean(conn, models("tinyint unsigned", "smallint unsigned"));
        const before = await snap(conn);
        const rows = async () => JSON.stringify((await conn.query("SELECT * FROM customer ORDER BY customer_id")).rows) + JSON.stringify((await conn.query("SELECT * FROM staff")).rows);
        const data = await rows();
        const r = await compareMysql(models(tiny, small), conn);
        assert.deepEqual(r.warnings, []);
        const ops = describeOps(r.operations).split("\n");
        // every key is dropped before a column of it changes, and added again after the last
        for (const [i, line] of ops.entries()) {
          const m = /^drop constraint (\w+)/.exec(line);
          if (m) assert.ok(ops.findIndex((l) => l.startsWith(`create foreign key ${m[1]} `)) > i, ops.join("\n"));
        }
        await applyMysql(conn, r.operations);
        await assertMysqlClean(conn, models(tiny, small));
        assert.equal(await rows(), data);
        await applyMysql(conn, downgradeOf(r.operations, mysqlComparator).operations);
        assert.equal(await snap(conn), before);
      });
    });
  }
});

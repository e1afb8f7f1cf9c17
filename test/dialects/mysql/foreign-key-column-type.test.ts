/**
 * A type change of a column a foreign key uses, on MariaDB: the server refuses the MODIFY on either side (errno
 * 1832 on the key's side, 1833 on the referenced side, a VARCHAR widening too: checked), after the revision's
 * earlier statements committed (drizzle-kit pull of Sakila loses UNSIGNED on city.city_id and address.city_id, and
 * the revision autogenerate wrote stopped half-applied). Autogenerate now drops the keys, changes the columns and
 * adds the keys again; the operations and their downgrade run on the server, `compare` is clean after the upgrade,
 * and SHOW CREATE TABLE is as before after the downgrade. When a key could not be added again (one side changes to
 * a type the other doesn't match), nothing moves and the warning names the keys; a revision that drops the key
 * itself gets neither.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { table } from "../../../src/autogenerate/index.js";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import { foreignKeyTypesMatch } from "../../../src/dialects/mysql/foreign-key-column-type.js";
import type { ColumnType } from "../../../src/schema/column-type.js";
import { t } from "../../../src/schema/types-builder.js";
import { applyMysql, assertMysqlClean, compareMysql, describeOps, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const DDL = [
  "CREATE TABLE city (city_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, city VARCHAR(50) NOT NULL)",
  "CREATE TABLE address (address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, city_id SMALLINT UNSIGNED NOT NULL, CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE CASCADE)",
  "INSERT INTO city (city) VALUES ('a'), ('b')",
  "INSERT INTO address (city_id) VALUES (1), (2), (2)",
];

const city = (type: ColumnType = t.smallint()) =>
  table("city", {
    columns: { city_id: { type, primaryKey: true, identity: "byDefault" }, city: { type: t.varchar(50), nullable: false } },
  });
const address = (withKey: boolean, type: ColumnType = t.smallint()) =>
  table("address", {
    columns: {
      address_id: { type: t.sql("smallint unsigned"), primaryKey: true, identity: "byDefault" },
      city_id: { type, nullable: false },
    },
    ...(withKey ? { foreignKeys: [{ name: "fk_address_city", columns: ["city_id"], refTable: "city", refColumns: ["city_id"], onDelete: "cascade" as const }] } : {}),
  });

async function snapshot(conn: DatabaseConnection): Promise<string> {
  const tables = (await conn.query<{ t: string }>("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")).rows;
  const out: string[] = [];
  for (const { t: name } of tables) {
    const row = (await conn.query<Record<string, string>>(`SHOW CREATE TABLE \`${name}\``)).rows[0]!;
    out.push(row["Create Table"]!.replace(/ AUTO_INCREMENT=\d+/, ""));
  }
  return out.join("\n");
}

/** Compare, upgrade, clean, rows kept, downgrade, schema as before. */
async function roundTrip(conn: DatabaseConnection, models: Record<string, unknown>, read: string): Promise<string[]> {
  const before = await snapshot(conn);
  const rows = async () => (await conn.query(read)).rows.map((r) => JSON.stringify(r));
  const data = await rows();
  const r = await compareMysql(models, conn);
  assert.ok(!r.warnings.some((w) => /foreign key constraint/.test(w)), r.warnings.join("\n"));
  await applyMysql(conn, r.operations);
  await assertMysqlClean(conn, models);
  assert.deepEqual(await rows(), data);
  await applyMysql(conn, downgradeOf(r.operations, mysqlComparator).operations);
  assert.equal(await snapshot(conn), before);
  assert.deepEqual(await rows(), data);
  return describeOps(r.operations).split("\n");
}

describe("MySQL: a type change of a column a foreign key uses", async () => {
  const opts = await requireMysql();

  test("both sides change: the key is dropped, the columns changed, the key added again (the server refuses the MODIFY: checked)", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      await assert.rejects(conn.query("ALTER TABLE city MODIFY city_id SMALLINT NOT NULL AUTO_INCREMENT"), /used in a foreign key constraint/);
      await assert.rejects(conn.query("ALTER TABLE address MODIFY city_id SMALLINT NOT NULL"), /used in a foreign key constraint/);
      const ops = await roundTrip(conn, { city: city(), address: address(true) }, "SELECT address_id, city_id FROM address ORDER BY address_id");
      const at = (re: RegExp) => ops.findIndex((l) => re.test(l));
      assert.ok(at(/drop constraint fk_address_city/) >= 0, ops.join("\n"));
      assert.ok(at(/drop constraint fk_address_city/) < at(/alter column city\.city_id/), ops.join("\n"));
      assert.ok(at(/drop constraint fk_address_city/) < at(/alter column address\.city_id/), ops.join("\n"));
      assert.ok(at(/add foreign key fk_address_city|create foreign key fk_address_city|fk_address_city/) >= 0);
      assert.ok(ops.findLastIndex((l) => /fk_address_city/.test(l)) > Math.max(at(/alter column city\.city_id/), at(/alter column address\.city_id/)), ops.join("\n"));
    });
  });

  test("the key's side alone widens (VARCHAR(10) -> VARCHAR(20)): the server refuses that too; the key is dropped and added again", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE cur (code VARCHAR(10) NOT NULL PRIMARY KEY)",
        "CREATE TABLE price (id INT NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL, CONSTRAINT price_cur_fk FOREIGN KEY (code) REFERENCES cur (code) ON UPDATE CASCADE)",
        "INSERT INTO cur VALUES ('eur'), ('usd')",
        "INSERT INTO price VALUES (1, 'eur'), (2, 'usd')",
      ]);
      await assert.rejects(conn.query("ALTER TABLE price MODIFY code VARCHAR(20) NOT NULL"), /used in a foreign key constraint/);
      const models = {
        cur: table("cur", { columns: { code: { type: t.varchar(10), primaryKey: true } } }),
        price: table("price", {
          columns: { id: { type: t.integer(), primaryKey: true }, code: { type: t.varchar(20), nullable: false } },
          foreignKeys: [{ name: "price_cur_fk", columns: ["code"], refTable: "cur", refColumns: ["code"], onUpdate: "cascade" as const }],
        }),
      };
      await roundTrip(conn, models, "SELECT id, code FROM price ORDER BY id");
    });
  });

  test("a collation change on both sides (refused the same way: checked): the key is dropped and added again; on one side only: the warning", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE cur (code VARCHAR(10) NOT NULL PRIMARY KEY)",
        "CREATE TABLE price (id INT NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL, CONSTRAINT price_cur_fk FOREIGN KEY (code) REFERENCES cur (code))",
        "INSERT INTO cur VALUES ('eur'), ('usd')",
        "INSERT INTO price VALUES (1, 'eur'), (2, 'usd')",
      ]);
      await assert.rejects(conn.query("ALTER TABLE price MODIFY code VARCHAR(10) COLLATE utf8mb4_bin NOT NULL"), /used in a foreign key constraint/);
      const models = (parent: boolean) => ({
        cur: table("cur", { columns: { code: { type: t.varchar(10), primaryKey: true, ...(parent ? { mysql: { collation: "utf8mb4_bin" } } : {}) } } }),
        price: table("price", {
          columns: { id: { type: t.integer(), primaryKey: true }, code: { type: t.varchar(10), nullable: false, mysql: { collation: "utf8mb4_bin" } } },
          foreignKeys: [{ name: "price_cur_fk", columns: ["code"], refTable: "cur", refColumns: ["code"] }],
        }),
      });
      const one = await compareMysql(models(false), conn);
      assert.match(one.warnings.join("\n"), /price\.code: its collation changes \(utf8mb4_general_ci -> utf8mb4_bin\) while foreign key\(s\) price_cur_fk use it;.*price_cur_fk could not be added again/);
      const ops = await roundTrip(conn, models(true), "SELECT id, code FROM price ORDER BY id");
      assert.ok(ops.some((l) => /drop constraint price_cur_fk/.test(l)), ops.join("\n"));
    });
  });

  test("a key on the first columns of a changing key's (checked through its index) is dropped and added again with it", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE p (a INT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b))",
        "CREATE TABLE q (id INT NOT NULL PRIMARY KEY)",
        "CREATE TABLE c (id INT NOT NULL PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, CONSTRAINT fk_long FOREIGN KEY (a, b) REFERENCES p (a, b), CONSTRAINT fk_short FOREIGN KEY (a) REFERENCES q (id))",
        "INSERT INTO p VALUES (1, 1), (1, 2)",
        "INSERT INTO q VALUES (1)",
        "INSERT INTO c VALUES (1, 1, 1), (2, 1, 2)",
      ]);
      const models = {
        p: table("p", { columns: { a: { type: t.integer(), primaryKey: true }, b: { type: t.bigint(), primaryKey: true } } }),
        q: table("q", { columns: { id: { type: t.integer(), primaryKey: true } } }),
        c: table("c", {
          columns: { id: { type: t.integer(), primaryKey: true }, a: { type: t.integer(), nullable: false }, b: { type: t.bigint(), nullable: false } },
          foreignKeys: [
            { name: "fk_long", columns: ["a", "b"], refTable: "p", refColumns: ["a", "b"] },
            { name: "fk_short", columns: ["a"], refTable: "q", refColumns: ["id"] },
          ],
        }),
      };
      const ops = await roundTrip(conn, models, "SELECT id, a, b FROM c ORDER BY id");
      assert.ok(ops.some((l) => /drop constraint fk_short/.test(l)), ops.join("\n"));
    });
  });

  test("one side only changes to a type the key can't join: nothing moves, and the warning says why", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      const r = await compareMysql({ city: city(t.sql("smallint unsigned")), address: address(true, t.integer()) }, conn);
      const found = r.warnings.filter((w) => /used in a foreign key constraint/.test(w));
      assert.deepEqual(
        found.map((w) => w.split(";")[0]),
        ["address.city_id: its type changes (smallint unsigned -> integer) while foreign key(s) fk_address_city use it"],
        r.warnings.join("\n"),
      );
      assert.match(found[0]!, /fk_address_city could not be added again with address\.city_id int and city\.city_id smallint unsigned/);
      assert.ok(!r.operations.some((o) => o.kind === "dropConstraint" || o.kind === "createForeignKey"), describeOps(r.operations));
    });
  });

  test("with renames: a renamed key column is added again under its new name; a renamed table runs too", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      const town = table("address", {
        columns: {
          address_id: { type: t.sql("smallint unsigned"), primaryKey: true, identity: "byDefault" },
          town_id: { type: t.smallint(), nullable: false },
        },
        foreignKeys: [{ name: "fk_address_city", columns: ["town_id"], refTable: "city", refColumns: ["city_id"], onDelete: "cascade" as const }],
      });
      const r = await compareMysql({ city: city(), address: town }, conn, { renames: { "address.city_id": "town_id" } });
      assert.ok(!r.warnings.some((w) => /foreign key constraint/.test(w)), r.warnings.join("\n"));
      await applyMysql(conn, r.operations);
      await assertMysqlClean(conn, { city: city(), address: town });
      await applyMysql(conn, downgradeOf(r.operations, mysqlComparator).operations);
      await assertMysqlClean(conn, { city: city(t.sql("smallint unsigned")), address: address(true, t.sql("smallint unsigned")) });

      const renamed = table("town", { columns: { city_id: { type: t.smallint(), primaryKey: true, identity: "byDefault" }, city: { type: t.varchar(50), nullable: false } } });
      const moved = table("address", {
        columns: { address_id: { type: t.sql("smallint unsigned"), primaryKey: true, identity: "byDefault" }, city_id: { type: t.smallint(), nullable: false } },
        foreignKeys: [{ name: "fk_address_city", columns: ["city_id"], refTable: "town", refColumns: ["city_id"], onDelete: "cascade" as const }],
      });
      const r2 = await compareMysql({ town: renamed, address: moved }, conn, { renames: { city: "town" } });
      assert.ok(r2.operations.some((o) => o.kind === "renameTable"), describeOps(r2.operations));
      // the key now names town: the revision drops it first and creates it last by itself
      assert.ok(!r2.warnings.some((w) => /foreign key constraint/.test(w)), r2.warnings.join("\n"));
      await applyMysql(conn, r2.operations);
      await assertMysqlClean(conn, { town: renamed, address: moved });
    });
  });

  test("a revision that drops the key itself: no warning, nothing added", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      const r = await compareMysql({ city: city(), address: address(false) }, conn);
      assert.equal(r.operations.filter((o) => o.kind === "dropConstraint").length, 1, describeOps(r.operations));
      assert.ok(!r.operations.some((o) => o.kind === "createForeignKey"), describeOps(r.operations));
      assert.ok(!r.warnings.some((w) => /used in a foreign key constraint/.test(w)), r.warnings.join("\n"));
    });
  });
});

describe("MySQL: which column types a foreign key can join", () => {
  test("as MariaDB 10.11 takes them (checked with CREATE TABLE ... FOREIGN KEY)", () => {
    assert.equal(foreignKeyTypesMatch("int", "int(11)"), true);
    assert.equal(foreignKeyTypesMatch("int", "bigint"), false);
    assert.equal(foreignKeyTypesMatch("int", "int unsigned"), false);
    assert.equal(foreignKeyTypesMatch("int", "mediumint"), false);
    assert.equal(foreignKeyTypesMatch("varchar(10)", "varchar(300)"), true);
    assert.equal(foreignKeyTypesMatch("char(10)", "varchar(10)"), true);
    assert.equal(foreignKeyTypesMatch("varbinary(10)", "varbinary(20)"), true);
    assert.equal(foreignKeyTypesMatch("varchar(10)", "int"), false);
  });
});

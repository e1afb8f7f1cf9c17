/**
 * A type change of a column a foreign key uses, on MariaDB: the server
 * refuses the MODIFY, after the revision's earlier statements committed
 * (drizzle-kit pull of Sakila loses UNSIGNED on city.city_id and
 * address.city_id, and the revision autogenerate wrote stopped half-applied).
 * Autogenerate now says so when it writes the revision, naming the keys; a
 * revision that drops the key itself gets no such warning.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { table } from "../../../src/autogenerate/index.js";
import { t } from "../../../src/schema/types-builder.js";
import { compareMysql, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const DDL = [
  "CREATE TABLE city (city_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, city VARCHAR(50) NOT NULL)",
  "CREATE TABLE address (address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, city_id SMALLINT UNSIGNED NOT NULL, CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id))",
];

const city = table("city", {
  columns: { city_id: { type: t.smallint(), primaryKey: true, identity: "byDefault" }, city: { type: t.varchar(50), nullable: false } },
});
const address = (withKey: boolean) =>
  table("address", {
    columns: {
      address_id: { type: t.sql("smallint unsigned"), primaryKey: true, identity: "byDefault" },
      city_id: { type: t.smallint(), nullable: false },
    },
    ...(withKey ? { foreignKeys: [{ name: "fk_address_city", columns: ["city_id"], refTable: "city", refColumns: ["city_id"] }] } : {}),
  });

describe("MySQL: a type change of a column a foreign key uses", async () => {
  const opts = await requireMysql();
  test("is named when the revision is written (the server refuses it: checked)", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      const r = await compareMysql({ city, address: address(true) }, conn);
      const found = r.warnings.filter((w) => /used in a foreign key constraint/.test(w));
      assert.deepEqual(
        found.map((w) => w.split(";")[0]).sort(),
        [
          "address.city_id: its type changes (smallint unsigned -> smallint) while foreign key(s) fk_address_city use it",
          "city.city_id: its type changes (smallint unsigned -> smallint) while foreign key(s) fk_address_city (on address) use it",
        ],
        r.warnings.join("\n"),
      );
      assert.ok(found.length > 0, r.warnings.join("\n"));
      await assert.rejects(conn.query("ALTER TABLE city MODIFY city_id SMALLINT NOT NULL AUTO_INCREMENT"), /used in a foreign key constraint/);
    });
  });

  test("a revision that drops the key itself: no such warning", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(DDL);
      const r = await compareMysql({ city, address: address(false) }, conn);
      assert.ok(r.operations.some((o) => o.kind === "dropConstraint"), JSON.stringify(r.operations));
      assert.ok(!r.warnings.some((w) => /used in a foreign key constraint/.test(w)), r.warnings.join("\n"));
    });
  });
});

/**
 * A table the models no longer have, on MariaDB: the downgrade's createTable
 * brings it back as it was (SHOW CREATE TABLE equal), and the generated
 * TypeScript doesn't name the primary key PRIMARY, a name MySQL gives every
 * primary key and keeps no other (it was written as `primaryKey: { name:
 * "PRIMARY", … }`, noise in every reviewed downgrade).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { renderBodies } from "../../../src/autogenerate/render/render.js";
import { table } from "../../../src/autogenerate/index.js";
import { t } from "../../../src/schema/types-builder.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import type { CreateTableOp } from "../../../src/operations/create-table.js";
import type { DropTableOp } from "../../../src/operations/drop-table.js";
import { applyMysql, compareMysql, requireMysql, withMysqlDb } from "./autogenerate-support.js";

const users = table("users", {
  columns: { id: { type: t.integer(), primaryKey: true, identity: "byDefault" }, email: { type: t.varchar(200), nullable: false } },
});

describe("MySQL: a dropped table's downgrade", async () => {
  const opts = await requireMysql();
  test("re-creates it as SHOW CREATE TABLE had it, without the name PRIMARY in the generated code", opts, async () => {
    await withMysqlDb(async ({ conn, sql }) => {
      await sql([
        "CREATE TABLE users (id INT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(200) NOT NULL)",
        "CREATE TABLE posts (id BIGINT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, title VARCHAR(100), FOREIGN KEY (user_id) REFERENCES users (id))",
      ]);
      const showPosts = async () => ((await conn.query<Record<string, string>>("SHOW CREATE TABLE posts")).rows[0] as Record<string, string>)["Create Table"];
      const before = await showPosts();
      const r = await compareMysql({ users }, conn);
      const drop = r.operations.find((o): o is DropTableOp => o.kind === "dropTable");
      assert.ok(drop?.original, JSON.stringify(r.operations));
      assert.deepEqual(drop.original.primaryKey, { columns: ["id"] });
      const down = downgradeOf(r.operations, mysqlComparator);
      const code = renderBodies({ upgradeOps: r.operations, downgradeOps: down.operations }).downgrades;
      assert.doesNotMatch(code, /PRIMARY/, code);
      assert.match(code, /primaryKey: \{ columns: \["id"\] \}/, code);
      await applyMysql(conn, r.operations);
      await applyMysql(conn, down.operations);
      assert.equal(await showPosts(), before);
      const created = down.operations.find((o): o is CreateTableOp => o.kind === "createTable");
      assert.equal(created?.table, "posts");
    });
  });
});

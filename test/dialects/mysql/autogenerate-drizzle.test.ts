/**
 * Drizzle `mysqlTable` models: drizzle-kit (the installed devDependency)
 * generates its MySQL migration for a schema, the migration runs on an
 * empty MariaDB database, and Athanor's compare of the same drizzle tables
 * with that database finds nothing.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { collectModels } from "../../../src/autogenerate/models/collect.js";
import { registerDrizzleReader } from "../../../src/autogenerate/models/drizzle-readers.js";
import { mysqlDrizzleReader } from "../../../src/dialects/mysql/drizzle-table.js";
import { REPO_ROOT } from "../../support/cli.js";
import * as shop from "../../autogenerate/corpus-mysql/schemas/shop.js";
import { assertMysqlClean, compareMysql, describeOps, requireMysql, withMysqlDb } from "./autogenerate-support.js";
import { drizzleKitGenerate } from "../../support/drizzle-kit.js";
import { forMariadb } from "../../autogenerate/corpus-real-mysql/harness.js";

/** `drizzle-kit generate` (offline, dialect mysql) for a schema file: its statements. */
async function drizzleKitMysql(schemaFile: string): Promise<string[]> {
  return forMariadb(await drizzleKitGenerate(readFileSync(schemaFile, "utf8"), { dialect: "mysql" }));
}

describe("drizzle mysqlTable models against a database drizzle-kit built", async () => {
  const opts = await requireMysql();

  test("the tables convert: serial, autoincrement, onUpdateNow, enums, names as drizzle-kit gives them", () => {
    registerDrizzleReader(mysqlDrizzleReader);
    const set = collectModels(shop);
    const users = set.tables.find((t) => t.name === "users")!;
    const id = users.columns.find((c) => c.name === "id")!;
    assert.deepEqual(id.type, { kind: "raw", sql: "bigint unsigned", dialect: "mysql" });
    assert.equal(id.identity, "byDefault");
    assert.deepEqual(users.columns.find((c) => c.name === "updated_at")!.mysql, { onUpdateCurrentTimestamp: true });
    assert.deepEqual(users.columns.find((c) => c.name === "role")!.type, { kind: "enum", name: "role", values: ["admin", "member", "guest"] });
    assert.ok(users.uniques?.some((u) => u.name === "users_email_unique"));
    const products = set.tables.find((t) => t.name === "products")!;
    assert.deepEqual(products.foreignKeys?.map((f) => f.name), ["products_org_fk"]);
    const memberships = set.tables.find((t) => t.name === "memberships")!;
    assert.deepEqual(memberships.foreignKeys?.map((f) => f.name).sort(), ["memberships_org_id_orgs_id_fk", "memberships_user_id_users_id_fk"]);
  });

  test("an index() without a name (JavaScript lets it through) is refused naming the table, not a TypeError", async () => {
    registerDrizzleReader(mysqlDrizzleReader);
    const { index, int, mysqlTable } = await import("drizzle-orm/mysql-core");
    const nameless = mysqlTable("nameless", { a: int("a") }, (t) => [index(undefined as unknown as string).on(t.a)]);
    assert.throws(() => collectModels({ nameless }), /table nameless: an index on a has no name; give it one: index\("nameless_…_idx"\)/);
  });

  test("drizzle-kit generate + run on MariaDB, then compare finds nothing", opts, async () => {
    const source = join(REPO_ROOT, "test/autogenerate/corpus-mysql/schemas/shop.ts");
    const statements = await drizzleKitMysql(source);
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(statements);
      await assertMysqlClean(conn, shop);
    });
  });

  test("an edited drizzle table gives exactly the edit", opts, async () => {
    const source = join(REPO_ROOT, "test/autogenerate/corpus-mysql/schemas/shop.ts");
    const statements = await drizzleKitMysql(source);
    await withMysqlDb(async ({ conn, sql }) => {
      await sql(statements);
      await sql("ALTER TABLE users DROP INDEX users_name_idx, MODIFY name VARCHAR(50)");
      const r = await compareMysql(shop, conn);
      assert.deepEqual(r.operations.map((o) => o.kind).sort(), ["alterColumn", "createIndex"], describeOps(r.operations));
    });
  });
});

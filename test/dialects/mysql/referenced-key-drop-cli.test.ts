/**
 * Dropping a key of a table that another table's foreign key references (MySQL and MariaDB need an index of the
 * referenced table that starts with the referenced columns, and refuse `DROP INDEX` of the only one: "needed in a
 * foreign key constraint"), on MariaDB through the CLI, with rows:
 * - a unique key changing its columns (`uq(code)` -> `uq(code, region)`): the drop and the new key are one ALTER
 *   TABLE, online and in the offline script, both ways;
 * - an index replaced by one with another name: autogenerate creates the new one before dropping the old one;
 * - the models drop the only key while the child keeps its foreign key: autogenerate keeps the index, with a warning
 *   naming the index, the key and the fix; a hand-written drop is refused online before the server sees it, and
 *   offline when the script's history created the table (one line naming the index, the table and the key);
 * - the models drop the child table with the key: the index drop comes after the table's;
 * - offline, for a table the script's history did not create (made by raw SQL), the drop is written as it is.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { CorpusProject } from "../../autogenerate/corpus-real/harness.js";
import { assertOfflineScriptsBuild, schemaSnapshot, withMysqlProject } from "../../autogenerate/corpus-real-mysql/harness.js";
import { type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";

/** accounts (referenced by orders.account_code) with `accountKeys` as its table-level keys. */
const source = (accountKeys: string, opts: { orders?: boolean; region?: boolean } = {}): string => `import { index, int, mysqlTable, unique, varchar } from "drizzle-orm/mysql-core";
export const accounts = mysqlTable("accounts", {
  id: int("id").primaryKey().autoincrement(),
  code: varchar("code", { length: 20 }).notNull(),
  region: varchar("region", { length: 20 }).notNull(),${opts.region ? `\n  zone: varchar("zone", { length: 20 }).notNull().default("z"),` : ""}
}, (t) => [${accountKeys}]);
${
  opts.orders === false
    ? ""
    : `export const orders = mysqlTable("orders", {
  id: int("id").primaryKey().autoincrement(),
  accountCode: varchar("account_code", { length: 20 }).notNull().references(() => accounts.code, { onDelete: "cascade" }),
});
`
}`;


async function seed(db: MysqlTestDatabase): Promise<void> {
  await db.query("INSERT INTO accounts (code, region) VALUES ('a', 'eu'), ('b', 'us')");
  await db.query("INSERT INTO orders (account_code) VALUES ('a'), ('b'), ('b')");
}

const orderRows = async (db: MysqlTestDatabase): Promise<string[]> =>
  (await db.query<{ id: number; c: string }>("SELECT id, account_code AS c FROM orders ORDER BY id")).map((r) => `${r.id}:${r.c}`);

/** The upgrade and downgrade bodies of the newest revision file, as one text. */
function newestRevision(project: CorpusProject): string {
  const dir = join(project.project.dir, "migrations/versions");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));
  return texts.sort((a, b) => (/Create Date: (.*)/.exec(a)?.[1] ?? "").localeCompare(/Create Date: (.*)/.exec(b)?.[1] ?? "")).at(-1) ?? "";
}

describe("MySQL: a key another table's foreign key references", async () => {
  const opts = await requireMysql();

  test("a unique key changes its columns (same name): one ALTER TABLE online and offline, both ways; rows and the key kept", opts, async () => {
    await withMysqlProject("athanor_refuq", source(`unique("accounts_code_uq").on(t.code)`), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await seed(db);
      const initial = await schemaSnapshot(db);

      // the new key's column is added in the same revision: the drop waits right before the new key
      project.setSchema(source(`unique("accounts_code_uq").on(t.code, t.zone)`, { region: true }));
      const revision = project.autogenerate("widen");
      const up = revision.slice(revision.indexOf("upgrade("), revision.indexOf("downgrade("));
      assert.match(up, /addColumn\("accounts"[\s\S]*dropConstraint\("accounts_code_uq"[^\n]*\n\s*await op\.createUniqueConstraint\("accounts_code_uq", "accounts", \["code", "zone"\]\)/);

      const offline = project.athanor(["upgrade", "head", "--sql"]).stdout;
      assert.match(offline, /ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`, ADD CONSTRAINT `accounts_code_uq` UNIQUE \(`code`, `zone`\);/);
      project.athanor(["upgrade", "head"]);
      const upgraded = await schemaSnapshot(db);
      assert.match(upgraded, /UNIQUE KEY `accounts_code_uq` \(`code`,`zone`\)/);
      assert.match(upgraded, /CONSTRAINT `orders_account_code_accounts_code_fk` FOREIGN KEY \(`account_code`\) REFERENCES `accounts` \(`code`\) ON DELETE CASCADE/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      assert.deepEqual(await orderRows(db), ["1:a", "2:b", "3:b"]);

      const offlineDown = project.athanor(["downgrade", "head:-1", "--sql"]).stdout;
      assert.match(offlineDown, /ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`, ADD CONSTRAINT `accounts_code_uq` UNIQUE \(`code`\);/);
      project.athanor(["downgrade", "-1"]);
      assert.equal(await schemaSnapshot(db), initial);
      // the key still cascades
      await db.query("DELETE FROM accounts WHERE code = 'b'");
      assert.deepEqual(await orderRows(db), ["1:a"]);

      // the offline scripts, run by the client on a fresh database, build the same schema both ways
      await assertOfflineScriptsBuild(project, "athanor_refuq_sql", offlineDown, { upgraded, initial });
    });
  });

  test("an index replaced by one with another name: created first, then the old one dropped; downgrade likewise", opts, async () => {
    await withMysqlProject("athanor_refix", source(`index("accounts_code_idx").on(t.code)`), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await seed(db);
      const initial = await schemaSnapshot(db);

      project.setSchema(source(`index("accounts_code_region_idx").on(t.code, t.region)`));
      const revision = project.autogenerate("replace index");
      assert.match(revision, /createIndex\("accounts_code_region_idx"[^\n]*\n\s*await op\.dropIndex\("accounts_code_idx"/);
      project.athanor(["upgrade", "head"]);
      assert.match(await schemaSnapshot(db), /KEY `accounts_code_region_idx` \(`code`,`region`\)/);
      assert.doesNotMatch(await schemaSnapshot(db), /accounts_code_idx/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      project.athanor(["downgrade", "-1"]);
      assert.equal(await schemaSnapshot(db), initial);
      assert.deepEqual(await orderRows(db), ["1:a", "2:b", "3:b"]);
    });
  });

  test("the models drop the only key the foreign key can use: autogenerate keeps it and says why; a hand-written drop is refused", opts, async () => {
    await withMysqlProject("athanor_refkeep", source(`unique("accounts_code_uq").on(t.code)`), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await seed(db);
      const initial = await schemaSnapshot(db);

      project.setSchema(source(""));
      const check = project.athanor(["check"]);
      assert.match(
        `${check.stdout}${check.stderr}`,
        /accounts: index accounts_code_uq is kept although the models drop it: foreign key orders_account_code_accounts_code_fk of table orders references accounts \(code\)/,
      );
      assert.match(check.stdout, /No changes detected/);

      // written by hand, the drop is refused before the server sees it: online and offline, one line, nothing run
      project.athanor(["revision", "-m", "drop key"]);
      const file = join(project.project.dir, "migrations/versions", readdirSync(join(project.project.dir, "migrations/versions")).find((f) => f.includes("drop_key"))!);
      writeFileSync(
        file,
        readFileSync(file, "utf8")
          .replace(/(export async function upgrade\(op: MigrationOps\): Promise<void> \{)[\s\S]*?\n\}/, `$1\n  await op.dropConstraint("accounts_code_uq", "accounts", { constraintType: "unique" });\n}`)
          .replace(/(export async function downgrade\(op: MigrationOps\): Promise<void> \{)[\s\S]*?\n\}/, `$1\n  await op.createUniqueConstraint("accounts_code_uq", "accounts", ["code"]);\n}`),
      );
      const refusal =
        /drop constraint accounts_code_uq on accounts: foreign key orders_account_code_accounts_code_fk of table orders references accounts \(code\), and no other index of accounts starts with those columns[^\n]*drop the foreign key first, or keep an index/;
      const online = project.athanor(["upgrade", "head"], 1);
      assert.match(online.stderr, refusal);
      assert.match(online.stderr, /none of its statements had committed/);
      assert.equal(online.stderr.trim().split("\n").length, 2, online.stderr);
      assert.equal(await schemaSnapshot(db), initial);
      const offline = project.athanor(["upgrade", "head", "--sql"], 1);
      assert.match(offline.stderr, refusal);
    });
  });

  test("the models drop the child table and the key: the index is dropped after the table", opts, async () => {
    await withMysqlProject("athanor_refchild", source(`unique("accounts_code_uq").on(t.code)`), async (db, project) => {
      project.autogenerate("init");
      project.athanor(["upgrade", "head"]);
      await seed(db);
      const initial = await schemaSnapshot(db);
      project.setSchema(source("", { orders: false }));
      const revision = project.autogenerate("drop orders");
      assert.match(revision, /dropTable\("orders"[\s\S]*dropConstraint\("accounts_code_uq"/);
      project.athanor(["upgrade", "head"]);
      assert.doesNotMatch(await schemaSnapshot(db), /accounts_code_uq|`orders`/);
      assert.match(project.athanor(["check"]).stdout, /No changes detected/);
      project.athanor(["downgrade", "-1"]);
      // (the rows of a dropped table don't come back)
      assert.equal(await schemaSnapshot(db), initial);
      assert.match(newestRevision(project), /createUniqueConstraint\("accounts_code_uq", "accounts", \["code"\]\)[\s\S]*createTable\("orders"/);
    });
  });

  test("offline, a table the script's history did not create: the drop is written as it is (the script can't know its indexes)", opts, async () => {
    await withMysqlProject("athanor_refraw", source(""), async (_db, project) => {
      project.athanor(["revision", "-m", "raw"]);
      const dir = join(project.project.dir, "migrations/versions");
      const file = join(dir, readdirSync(dir).find((f) => f.includes("raw"))!);
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(
          /(export async function upgrade\(op: MigrationOps\): Promise<void> \{)[\s\S]*?\n\}/,
          `$1
  await op.execute("CREATE TABLE accounts (id INT PRIMARY KEY, code VARCHAR(20) NOT NULL, UNIQUE KEY accounts_code_uq (code), KEY accounts_code_idx (code))");
  await op.createTable("orders", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "account_code", type: t.varchar(20), nullable: false, references: { table: "accounts", column: "code", name: "orders_account_fk" } },
    ],
  });
  await op.dropConstraint("accounts_code_uq", "accounts", { constraintType: "unique", original: { kind: "createUniqueConstraint", name: "accounts_code_uq", table: "accounts", columns: ["code"] } });
}`,
        ).replace('import type { MigrationOps } from "athanor";', 'import { type MigrationOps, t } from "athanor";'),
      );
      const offline = project.athanor(["upgrade", "head", "--sql"]).stdout;
      assert.match(offline, /ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`;/);
      // online the catalog says another index serves the key: the plain drop, which the server takes
      project.athanor(["upgrade", "head"]);
    });
  });
});

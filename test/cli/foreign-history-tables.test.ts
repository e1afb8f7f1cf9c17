/**
 * A database adopted from another migration tool keeps that tool's history
 * table (knex_migrations, _prisma_migrations, __drizzle_migrations, …). It is
 * not in the models: `check` and `revision --autogenerate` leave it out with a
 * warning naming the tool, instead of a `dropTable` of the other tool's history
 * (and a `check` that fails forever after `stamp head`). A table of the same
 * name with other columns, or one the models declare, is compared as usual.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { ok, withProject } from "./helpers.js";

const MODELS = `import { table, t } from "athanor";
export const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true }, email: { type: t.text(), nullable: false } } });
`;
const CONFIG = `export default { models: ["./models.ts"] };\n`;

describe("other migration tools' history tables", { concurrency: true }, async () => {
  const pg = await requirePostgres();
  const my = await requireMysql();

  test("PostgreSQL: Knex, Prisma and node-pg-migrate tables are not compared; the adoption recipe ends with a clean check", pg, async () => {
    const db = await createTestDatabase();
    try {
      await db.query(`
        CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
        CREATE TABLE knex_migrations (id serial PRIMARY KEY, name varchar(255), batch integer, migration_time timestamptz);
        CREATE TABLE knex_migrations_lock (index serial PRIMARY KEY, is_locked integer);
        CREATE TABLE pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
        CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz,
          migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
          applied_steps_count integer NOT NULL DEFAULT 0);`);
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("athanor.config.ts", CONFIG);
        p.write("models.ts", MODELS);
        ok(p.run(["revision", "--autogenerate", "-m", "baseline", "--url", "pglite:memory"]));
        ok(p.run(["stamp", "head", "--url", db.url]));
        const checked = p.run(["check", "--url", db.url]);
        assert.equal(checked.code, 0, checked.stdout + checked.stderr);
        assert.match(checked.stdout, /No changes detected/);
        assert.match(
          checked.stderr,
          /warning: not compared: public\._prisma_migrations \(Prisma Migrate\), public\.knex_migrations \(Knex\), public\.knex_migrations_lock \(Knex\), public\.pgmigrations \(node-pg-migrate\), another migration tool's history tables/,
        );
        const again = p.run(["revision", "--autogenerate", "-m", "nothing", "--url", db.url]);
        assert.equal(again.code, 0, again.stderr);
        assert.match(again.stdout + again.stderr, /No changes detected/);
        assert.equal(readdirSync(join(p.dir, "migrations/versions")).filter((f) => f.endsWith(".ts")).length, 1, "no second revision");
      });
    } finally {
      await db.drop();
    }
  });

  test("PostgreSQL: a table of a known name with other columns, or declared in the models, is compared", pg, async () => {
    const db = await createTestDatabase();
    try {
      await db.query(`
        CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
        CREATE TABLE migrations (id integer PRIMARY KEY, title text);
        CREATE TABLE pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);`);
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("athanor.config.ts", CONFIG);
        p.write(
          "models.ts",
          `${MODELS}export const pgmigrations = table("pgmigrations", { columns: { id: { type: t.integer(), primaryKey: true }, name: { type: t.varchar(255), nullable: false } } });\n`,
        );
        const checked = p.run(["check", "--url", db.url]);
        assert.equal(checked.code, 2, checked.stdout + checked.stderr);
        assert.match(checked.stdout, /drop table migrations/, "an app table called migrations is not TypeORM's");
        assert.match(checked.stdout, /pgmigrations/, "a declared table is compared");
        assert.doesNotMatch(checked.stderr, /not compared/);
      });
    } finally {
      await db.drop();
    }
  });

  test("SQLite: drizzle-kit's __drizzle_migrations is not compared", async () => {
    await withProject(async (p) => {
      const file = join(p.dir, "app.db");
      const sqlite = new Database(file);
      sqlite.exec(`CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
        CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);`);
      sqlite.close();
      p.write("migrations/versions/.keep", "");
      p.write("athanor.config.ts", CONFIG);
      p.write("models.ts", MODELS);
      const checked = p.run(["check", "--url", "sqlite:./app.db"]);
      assert.equal(checked.code, 0, checked.stdout + checked.stderr);
      assert.match(checked.stderr, /not compared: main\.__drizzle_migrations \(drizzle-kit\), another migration tool's history table; .*drop it with op\.dropTable/);
    });
  });

  test("MySQL: TypeORM's migrations table is not compared", my, async () => {
    const db = await createMysqlTestDatabase();
    try {
      await db.query("CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL)");
      await db.query("CREATE TABLE migrations (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, `timestamp` bigint NOT NULL, name varchar(255) NOT NULL)");
      await withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("athanor.config.ts", CONFIG);
        p.write("models.ts", MODELS);
        const checked = p.run(["check", "--url", db.url]);
        assert.equal(checked.code, 0, checked.stdout + checked.stderr);
        assert.match(checked.stderr, new RegExp(`not compared: ${db.name}\\.migrations \\(TypeORM\\)`));
      });
    } finally {
      await db.drop();
    }
  });
});

/**
 * Drizzle schemas as real teams write them by hand, on MySQL/MariaDB (see README.md for the projects they are
 * modelled on). Each one survives Athanor's round trip (applied: compares clean; the downgrade empties the
 * database), and a database drizzle-kit built from the very same schema file compares clean too.
 * What Athanor does not manage is said, as on PostgreSQL and SQLite: `$defaultFn`/`$onUpdateFn` (client-side),
 * mysqlView, an index's `.lock()`/`.algorithm()`. And drizzle's `casing` applies to MySQL tables as to the others.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { bigint, check, index, int, mysqlTable, mysqlView, primaryKey, timestamp, varchar } from "drizzle-orm/mysql-core";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { collectModels } from "../../../src/autogenerate/index.js";
import { mysqlComparator } from "../../../src/dialects/mysql/comparator.js";
import { sameExpression } from "../../../src/dialects/mysql/expression.js";
import { REPO_ROOT } from "../../support/cli.js";
import { drizzleKitGenerate, generateAll } from "../../support/drizzle-kit.js";
import { applyMysql, compareMysql, describeOps, requireMysql, withMysqlDb } from "../../dialects/mysql/autogenerate-support.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import * as apiKeys from "./mysql-api-keys.js";
import * as prefixedAuth from "./mysql-prefixed-auth.js";

const DIR = join(REPO_ROOT, "test/autogenerate/drizzle-real");

const SCHEMAS: ReadonlyArray<{ file: string; models: object; warnings: string[] }> = [
  {
    file: "mysql-prefixed-auth",
    models: prefixedAuth,
    warnings: [
      "drizzle $defaultFn/$default is client-side only: drizzle fills the value in its inserts, the database column gets no default (rows inserted another way get NULL or fail NOT NULL); columns: shop_member.id",
    ],
  },
  {
    file: "mysql-api-keys",
    models: apiKeys,
    // created_at_ms has .default(0) as well: the database default is 0, nothing to say
    warnings: [
      "drizzle $onUpdateFn/$onUpdate is client-side only: drizzle sets the value in its updates, the database has no trigger for it (Athanor creates none); columns: api_keys.updated_at_ms, key_spaces.updated_at_ms",
    ],
  },
];

async function assertCleanAgain(conn: DatabaseConnection, models: unknown, warnings: readonly string[]): Promise<void> {
  const r = await compareMysql(models, conn);
  assert.equal(describeOps(r.operations), "(none)");
  assert.deepEqual(r.warnings, warnings);
}

async function tableNames(conn: DatabaseConnection): Promise<string[]> {
  const r = await conn.query<{ t: string }>("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1");
  return r.rows.map((x) => x.t);
}

describe("hand-written drizzle schemas on MySQL", async () => {
  const opts = await requireMysql();
  const kitSql = opts.skip
    ? new Map<string, Promise<string[]>>()
    : generateAll(
        SCHEMAS.map((s) => [s.file, readFileSync(join(DIR, `${s.file}.ts`), "utf8")] as const),
        (source) => drizzleKitGenerate(source, { dialect: "mysql" }),
      );

  for (const s of SCHEMAS) {
    test(`${s.file}: built from the models it compares clean, and the downgrade empties the database`, opts, async () => {
      await withMysqlDb(async ({ conn }) => {
        const r = await compareMysql(s.models, conn);
        assert.deepEqual(r.warnings, s.warnings);
        assert.ok(r.operations.every((o) => o.kind.startsWith("create")), describeOps(r.operations));
        await applyMysql(conn, r.operations);
        await assertCleanAgain(conn, s.models, s.warnings);
        const down = downgradeOf(r.operations, mysqlComparator);
        assert.deepEqual(down.irreversible, []);
        await applyMysql(conn, down.operations);
        assert.deepEqual(await tableNames(conn), []);
      });
    });

    test(`${s.file}: the database drizzle-kit builds from the same file compares clean`, opts, async () => {
      const statements = await kitSql.get(s.file)!;
      await withMysqlDb(async ({ conn, sql: run }) => {
        for (const stmt of statements) await run(stmt);
        await assertCleanAgain(conn, s.models, s.warnings);
      });
    });
  }
});

/** A schema written for drizzle's `casing: "snake_case"`: most columns are named by their keys. */
const CASED_SOURCE = `
import { sql } from "drizzle-orm";
import { bigint, check, index, int, mysqlTable, primaryKey, timestamp, varchar } from "drizzle-orm/mysql-core";
export const orgs = mysqlTable("org", { id: varchar({ length: 36 }).primaryKey(), displayName: varchar({ length: 80 }).notNull().unique() });
export const members = mysqlTable(
  "org_member",
  {
    orgId: varchar({ length: 36 }).notNull().references(() => orgs.id, { onDelete: "cascade" }),
    userId: bigint({ mode: "number" }).notNull(),
    joinedAt: timestamp({ fsp: 3 }).notNull().default(sql\`CURRENT_TIMESTAMP(3)\`),
    seatCount: int().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("member_joined_idx").on(t.joinedAt), check("seat_positive", sql\`\${t.seatCount} > 0\`)],
);
`;

function casedModels() {
  const orgs = mysqlTable("org", { id: varchar({ length: 36 }).primaryKey(), displayName: varchar({ length: 80 }).notNull().unique() });
  const members = mysqlTable(
    "org_member",
    {
      orgId: varchar({ length: 36 })
        .notNull()
        .references(() => orgs.id, { onDelete: "cascade" }),
      userId: bigint({ mode: "number" }).notNull(),
      joinedAt: timestamp({ fsp: 3 }).notNull().default(sql`CURRENT_TIMESTAMP(3)`),
      seatCount: int().notNull().default(1),
    },
    (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("member_joined_idx").on(t.joinedAt), check("seat_positive", sql`${t.seatCount} > 0`)],
  );
  return { orgs, members };
}

describe("drizzle's casing on MySQL (the `casing` setting)", async () => {
  const opts = await requireMysql();

  test("columns named by their keys are converted, in keys, indexes, foreign keys and checks, as drizzle-kit does", () => {
    const set = collectModels(casedModels(), { drizzleCasing: "snake_case" });
    const m = set.tables.find((x) => x.name === "org_member")!;
    assert.deepEqual(m.columns.map((c) => c.name), ["org_id", "user_id", "joined_at", "seat_count"]);
    assert.deepEqual(m.foreignKeys?.map((f) => [f.name, f.columns]), [["org_member_org_id_org_id_fk", ["org_id"]]]);
    assert.deepEqual(m.indexes?.map((i) => i.columns), [["joined_at"]]);
    assert.match(JSON.stringify(m.checks), /seat_count/);
  });

  test("a database from drizzle-kit's snake_case SQL compares clean with casing set", opts, async () => {
    const statements = await drizzleKitGenerate(CASED_SOURCE, { dialect: "mysql", casing: "snake_case" });
    await withMysqlDb(async ({ conn, sql: run }) => {
      for (const stmt of statements) await run(stmt);
      const r = await compareMysql(collectModels(casedModels(), { drizzleCasing: "snake_case" }), conn);
      assert.equal(describeOps(r.operations), "(none)");
    });
  });
});

describe("drizzle features Athanor does not manage on MySQL are said", () => {
  test("mysqlView, and an index's .lock()/.algorithm()", () => {
    const docs = mysqlTable("docs", { id: int().primaryKey(), title: varchar({ length: 80 }) }, (t) => [index("docs_title_idx").on(t.title).lock("none").algorithm("inplace")]);
    const recent = mysqlView("recent_docs").as((qb) => qb.select().from(docs));
    const { warnings } = collectModels({ docs, recent });
    assert.deepEqual(warnings, [
      'index docs_title_idx on table docs: .algorithm("inplace").lock("none") is not carried over (drizzle-kit writes neither): the index is created with the server\'s default ALGORITHM and LOCK; to add it to a large table online, edit the revision: op.createIndex(..., { mysql: { algorithm: "inplace", lock: "none" } })',
      'view recent_docs is not managed by Athanor (not created, not compared): create it in a revision with op.execute("CREATE VIEW ...")',
    ]);
  });
});

describe("functions MariaDB stores under another name", async () => {
  const opts = await requireMysql();

  test("sameExpression merges the synonyms (lower/lcase, substring/substr/mid, power/pow, ...)", () => {
    assert.ok(sameExpression("lower(name)", "lcase(`name`)"));
    assert.ok(sameExpression("upper(substring(code, 1, 2))", "ucase(substr(`code`,1,2))"));
    assert.ok(sameExpression("mid(code, 1, 2)", "substr(`code`,1,2)"));
    assert.ok(sameExpression("power(n, 2) + ceil(n) + character_length(s)", "pow(`n`,2) + ceiling(`n`) + char_length(`s`)"));
    assert.ok(!sameExpression("lower(name)", "upper(`name`)"));
  });

  test("a generated column and a check written with them compare clean once built", opts, async () => {
    const folders = mysqlTable(
      "folders",
      {
        id: int("id").primaryKey(),
        name: varchar("name", { length: 191 }).notNull(),
        code: varchar("code", { length: 16 }),
        slug: varchar("slug", { length: 255 }).generatedAlwaysAs(sql`lower(name)`, { mode: "stored" }),
        prefix: varchar("prefix", { length: 4 }).generatedAlwaysAs(sql`upper(substring(code, 1, 2))`, { mode: "virtual" }),
      },
      (t) => [check("folders_code_ck", sql`mid(${t.code}, 1, 1) <> '_'`)],
    );
    await withMysqlDb(async ({ conn }) => {
      const r = await compareMysql({ folders }, conn);
      await applyMysql(conn, r.operations);
      assert.equal(describeOps((await compareMysql({ folders }, conn)).operations), "(none)");
    });
  });
});

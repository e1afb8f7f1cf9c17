/**
 * Drizzle schemas as real teams write them by hand, on SQLite (see README.md for the projects they are modelled
 * on). Each one survives Athanor's round trip (applied: compares clean; the downgrade empties the file), and a
 * file drizzle-kit built from the very same schema file compares clean too. An sqliteView is said to be unmanaged,
 * as pgView is; two tables' indexes of one name (an old create-t3-app template had them) are said before the
 * revision fails on them.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { index, integer, sqliteTable, sqliteView, text } from "drizzle-orm/sqlite-core";
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { downgradeOf } from "../../../src/autogenerate/compare/reverse.js";
import { collectModels } from "../../../src/autogenerate/index.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { sqliteComparator } from "../../../src/dialects/sqlite/comparator.js";
import { betterSqlite3Driver, sqliteDialect } from "../../../src/dialects/sqlite/index.js";
import { applySqliteOperations } from "../../dialects/support/sqlite-apply.js";
import { REPO_ROOT } from "../../support/cli.js";
import { drizzleKitGenerate, generateAll } from "../../support/drizzle-kit.js";
import { describe as describeOps } from "../helpers.js";
import * as monitors from "./sqlite-monitors.js";
import * as prefixedAuth from "./sqlite-prefixed-auth.js";

const DIR = join(REPO_ROOT, "test/autogenerate/drizzle-real");
const tmp = mkdtempSync(join(tmpdir(), "athanor-drizzle-real-sqlite-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

async function withFile(fn: (conn: DatabaseConnection) => Promise<void>): Promise<void> {
  const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(tmp, `db${++n}.db`)}` });
  try {
    await fn(conn);
  } finally {
    await conn.close();
  }
}

function diff(models: unknown, conn: DatabaseConnection) {
  return compare(models, conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
}

async function objectNames(conn: DatabaseConnection): Promise<string[]> {
  const r = await conn.query<{ name: string }>("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
  return r.rows.map((x) => x.name);
}

const SCHEMAS: ReadonlyArray<{ file: string; models: object }> = [
  { file: "sqlite-prefixed-auth", models: prefixedAuth },
  { file: "sqlite-monitors", models: monitors },
];

describe("hand-written drizzle schemas on SQLite", () => {
  const kitSql = generateAll(
    SCHEMAS.map((s) => [s.file, readFileSync(join(DIR, `${s.file}.ts`), "utf8")] as const),
    (source) => drizzleKitGenerate(source, { dialect: "sqlite" }),
  );

  for (const s of SCHEMAS) {
    test(`${s.file}: built from the models it compares clean, and the downgrade empties the file`, async () => {
      await withFile(async (conn) => {
        const r = await diff(s.models, conn);
        assert.deepEqual(r.warnings, []);
        assert.ok(r.operations.every((o) => o.kind.startsWith("create")), describeOps(r.operations));
        await applySqliteOperations(conn, r.operations);
        assert.equal(describeOps((await diff(s.models, conn)).operations), "(none)");
        const down = downgradeOf(r.operations, sqliteComparator);
        assert.deepEqual(down.irreversible, []);
        await applySqliteOperations(conn, down.operations);
        assert.deepEqual(await objectNames(conn), []);
      });
    });

    test(`${s.file}: the file drizzle-kit builds from the same schema compares clean`, async () => {
      const statements = await kitSql.get(s.file)!;
      await withFile(async (conn) => {
        for (const stmt of statements) await conn.exec(stmt);
        const r = await diff(s.models, conn);
        assert.equal(describeOps(r.operations), "(none)");
        assert.deepEqual(r.warnings, []);
      });
    });
  }
});

describe("what a hand-written SQLite schema has that Athanor does not manage is said", () => {
  test("sqliteView", () => {
    const probes = sqliteTable("probe", { id: integer("id").primaryKey(), title: text("title") });
    const titled = sqliteView("titled_probe").as((qb) => qb.select().from(probes));
    assert.deepEqual(collectModels({ probes, titled }).warnings, [
      'view titled_probe is not managed by Athanor (not created, not compared): create it in a revision with op.execute("CREATE VIEW ...")',
    ]);
  });

  test("two tables' indexes of one name (SQLite keeps one namespace per database)", async () => {
    const accounts = sqliteTable("account", { userId: text("userId").notNull() }, (t) => ({ userIdIdx: index("userId_idx").on(t.userId) }));
    const sessions = sqliteTable("session", { userId: text("userId").notNull() }, (t) => ({ userIdIdx: index("userId_idx").on(t.userId) }));
    await withFile(async (conn) => {
      const r = await diff({ accounts, sessions }, conn);
      assert.deepEqual(r.warnings, [
        'index "userId_idx" of table session and index "userId_idx" of table account have the same name; SQLite keeps index names in one namespace per database',
      ]);
    });
  });
});

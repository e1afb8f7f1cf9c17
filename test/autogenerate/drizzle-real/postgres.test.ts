/**
 * Drizzle schemas as real teams write them by hand, on PostgreSQL (see README.md for the projects they are
 * modelled on). Each one survives Athanor's round trip (compared with an empty database: only creates; applied:
 * compares clean; the downgrade empties the database again), and a database drizzle-kit built from the very same
 * schema file compares clean too (no false positive on drizzle's own DDL). What Athanor does not manage is said.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compare } from "../../../src/autogenerate/index.js";
import { REPO_ROOT } from "../../support/cli.js";
import { requirePostgres } from "../../support/databases.js";
import { drizzleKitGenerate, generateAll } from "../../support/drizzle-kit.js";
import { assertClean, roundTrip, withDb } from "../helpers.js";
import * as ledger from "./postgres-ledger.js";
import * as prefixedAuth from "./postgres-prefixed-auth.js";

const DIR = join(REPO_ROOT, "test/autogenerate/drizzle-real");
/** What the schemas need before their tables (the ledger's trigram indexes). */
const SETUP = "CREATE EXTENSION IF NOT EXISTS pg_trgm";

const SCHEMAS: ReadonlyArray<{ file: string; models: object; warnings: string[] }> = [
  {
    file: "postgres-prefixed-auth",
    models: prefixedAuth,
    warnings: [
      "drizzle $defaultFn/$default is client-side only: drizzle fills the value in its inserts, the database column gets no default (rows inserted another way get NULL or fail NOT NULL); columns: shop_member.id",
      "drizzle $onUpdateFn/$onUpdate is client-side only: drizzle sets the value in its updates, the database has no trigger for it (Athanor creates none); columns: shop_listing.editedAt",
    ],
  },
  {
    file: "postgres-ledger",
    models: ledger,
    warnings: [
      'row-level security on table entries is not managed by Athanor: it neither enables it nor compares it; enable it in a revision with op.execute("ALTER TABLE ... ENABLE ROW LEVEL SECURITY")',
      'policy "Entries are visible to the workspace" on table entries is not managed by Athanor (not created, not compared): write it in a revision with op.execute("CREATE POLICY ...")',
    ],
  },
];

describe("hand-written drizzle schemas on PostgreSQL", async () => {
  const opts = await requirePostgres();
  const kitSql = opts.skip
    ? new Map<string, Promise<string[]>>()
    : generateAll(
        SCHEMAS.map((s) => [s.file, readFileSync(join(DIR, `${s.file}.ts`), "utf8")] as const),
        (source) => drizzleKitGenerate(source, { dialect: "postgresql" }),
      );

  for (const s of SCHEMAS) {
    test(`${s.file}: built from the models it compares clean, and the downgrade empties the database`, opts, async () => {
      await withDb(async ({ conn, sql }) => {
        await sql(SETUP);
        const first = await compare(s.models, conn);
        assert.deepEqual(first.warnings, s.warnings);
        await roundTrip(conn, s.models);
      });
    });

    test(`${s.file}: the database drizzle-kit builds from the same file compares clean`, opts, async () => {
      const statements = await kitSql.get(s.file)!;
      await withDb(async ({ conn, sql }) => {
        await sql(SETUP);
        for (const stmt of statements) await sql(stmt);
        await assertClean(conn, s.models);
      });
    });
  }
});

/**
 * A Prisma Migrate history on PostgreSQL that adds an enum value in one migration, imported as one revision per
 * migration.sql (documenso/documenso, packages/prisma/migrations/20230404095503_initial_migration and
 * 20250311103458_add_rejected_document_status). Prisma applies and commits each file by itself, and so does
 * Athanor's default per-migration mode. With `--transaction-mode per-run` every revision shares one transaction,
 * and PostgreSQL refuses to use a value `ALTER TYPE … ADD VALUE` added before that transaction commits ("unsafe
 * use of new value"): a later revision that sets the value fails, and the `--sql --transaction-mode per-run` script
 * fails the same way in psql. The failure now says why and what to do; the remedy it names works.
 * (documenso itself never uses 'REJECTED' in a later migration; the third revision is the smallest use there is.)
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../../support/databases.js";
import { MigrationProject } from "../../support/project.js";

// 20230404095503_initial_migration/migration.sql, the type and the table that uses it (other columns left out)
const INITIAL = `-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'PENDING', 'COMPLETED');

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT',

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);
`;
// 20250311103458_add_rejected_document_status/migration.sql, as written
const ADD_REJECTED = `-- AlterEnum
ALTER TYPE "DocumentStatus" ADD VALUE 'REJECTED';
`;
const USE_REJECTED = `UPDATE "Document" SET "status" = 'REJECTED' WHERE "title" = 'declined';`;

function history(p: MigrationProject, addTransactional = true): MigrationProject {
  return p
    .rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(INITIAL)});\n  await op.execute("INSERT INTO \\"Document\\" (title) VALUES ('declined')");` })
    .rev("a1000002", "a1000001", { up: `  await op.execute(${JSON.stringify(ADD_REJECTED)});`, transactional: addTransactional })
    .rev("a1000003", "a1000002", { up: `  await op.execute(${JSON.stringify(USE_REJECTED)});` });
}

const STATUS = `SELECT status::text FROM "Document"`;

describe("PostgreSQL: an enum value added by one revision and used by the next (Prisma history)", async () => {
  const skip = await requirePostgres();

  test("per-migration runs it, as Prisma does; per-run fails naming the cause and the way out, leaving nothing", skip, async () => {
    const perMigration = await createTestDatabase();
    const perRun = await createTestDatabase();
    const p = history(new MigrationProject(perMigration.url));
    try {
      const up = p.athanor("upgrade", "head");
      assert.equal(up.code, 0, up.stderr);
      assert.deepEqual(await perMigration.query(STATUS), [{ status: "REJECTED" }]);

      const r = p.run(["upgrade", "head", "--transaction-mode", "per-run"], { env: { DATABASE_URL: perRun.url } });
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /upgrade a1000002 -> a1000003 \(.*a1000003_rev_a1000003\.ts\) failed: unsafe use of new value "REJECTED" of enum type "DocumentStatus"; statement: UPDATE "Document"/);
      assert.match(r.stderr, /with transactionMode 'per-run' all revisions share one transaction, .* run with '--transaction-mode per-migration', or give the revision that adds the value `export const transactional = false`/);
      // the run rolled back as a whole
      assert.deepEqual(await perRun.query(`SELECT to_regclass('"Document"') AS t`), [{ t: null }]);

      // psql on the per-run script fails on the same statement
      const script = p.athanor("upgrade", "head", "--sql", "--transaction-mode", "per-run");
      assert.equal(script.code, 0, script.stderr);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", perRun.url], { input: script.stdout, encoding: "utf8" });
      assert.notEqual(psql.status, 0);
      assert.match(psql.stderr, /unsafe use of new value "REJECTED"/);
    } finally {
      p.cleanup();
      await perMigration.drop();
      await perRun.drop();
    }
  });

  test("per-run with the value added by a non-transactional revision", skip, async () => {
    const db = await createTestDatabase();
    const p = history(new MigrationProject(db.url), false);
    try {
      const up = p.athanor("upgrade", "head", "--transaction-mode", "per-run");
      assert.equal(up.code, 0, up.stderr);
      assert.deepEqual(await db.query(STATUS), [{ status: "REJECTED" }]);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });

  test("per-migration, one revision that adds and uses the value: the advice is to add it earlier", skip, async () => {
    const db = await createTestDatabase();
    const p = new MigrationProject(db.url);
    try {
      p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(INITIAL)});` }).rev("a1000002", "a1000001", {
        up: `  await op.execute(${JSON.stringify(ADD_REJECTED + USE_REJECTED)});`,
      });
      const r = p.athanor("upgrade", "head");
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /unsafe use of new value "REJECTED".*; 1 earlier revision\(s\) committed, database at a1000001; a value added to an enum type can't be used before its transaction commits: add it in an earlier revision than the one that uses it/);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });
});

/**
 * `athanor test` on a Prisma Migrate history whose first migration creates an extension (umami-software/umami,
 * prisma/migrations/01_init/migration.sql starts with `CREATE EXTENSION IF NOT EXISTS "pgcrypto"`), imported as
 * revisions marked irreversible. By default the test runs on PGlite in memory, which has no extension but plpgsql:
 * the first revision failed with the server's `extension "pgcrypto" is not available`, which reads like a fault of
 * the history. The failure now says that the throwaway database lacks it and where to run the test instead; there,
 * on a PostgreSQL server, the same history passes.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestDatabase, requirePostgres } from "../../support/databases.js";
import { MigrationProject } from "../../support/project.js";

// 01_init/migration.sql, its extension and first table as written
const INIT = `-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateTable
CREATE TABLE "user" (
    "user_id" UUID NOT NULL,
    "username" VARCHAR(255) NOT NULL,
    "password" VARCHAR(60) NOT NULL,
    "role" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6),
    "deleted_at" TIMESTAMPTZ(6),

    CONSTRAINT "user_pkey" PRIMARY KEY ("user_id")
);
`;

function project(url: string): MigrationProject {
  const p = new MigrationProject(url);
  p.write(
    "migrations/versions/a1000001_init.ts",
    `import type { MigrationOps } from "athanor";
export const revision = "a1000001";
export const downRevision = null;
export const irreversible = "imported from Prisma Migrate: no down migration";
export async function upgrade(op: MigrationOps): Promise<void> {
  await op.execute(${JSON.stringify(INIT)});
}
`,
  );
  return p;
}

describe("athanor test on a history that creates an extension (umami)", async () => {
  const skip = await requirePostgres();

  test("on PGlite: the failure says the throwaway database lacks it and to use --url", () => {
    const p = project("postgresql://nobody@127.0.0.1:1/unused");
    try {
      const r = p.run(["test", "-q"]);
      assert.equal(r.code, 1, r.stdout);
      assert.match(
        r.stderr,
        /failed: extension "pgcrypto" is not available; statement: CREATE EXTENSION IF NOT EXISTS "pgcrypto"; pglite:memory doesn't support this: run 'athanor test --url <an empty database>' on a server/,
      );
    } finally {
      p.cleanup();
    }
  });

  test("with --url on a server it passes", skip, async () => {
    const db = await createTestDatabase();
    const p = project(db.url);
    try {
      const r = p.run(["test", "-q", "--url", db.url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^passed: heads, downgrades, stairway/);
    } finally {
      p.cleanup();
      await db.drop();
    }
  });
});

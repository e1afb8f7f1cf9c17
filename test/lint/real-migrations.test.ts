/**
 * Lint on migrations from public projects' histories (Prisma's migration.sql files, given to op.execute), where
 * Athanor and squawk disagreed and Athanor was wrong: a column added earlier in the same revision to an existing
 * table was taken as new for SET NOT NULL and type changes, although PostgreSQL scans (or rewrites) the whole table
 * for them; and a statement whose first line repeats an earlier one's (`ALTER TABLE "t"` before its actions) was
 * reported at the earlier statement's line.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type LintBodyOptions, lintBody as lintAll, revisionSource } from "./helpers.js";

/** The errors (the prefer-* warnings about Prisma's column types are not what these tests are about). */
async function lintBody(upgrade: string, options?: LintBodyOptions) {
  return (await lintAll(upgrade, options)).filter((f) => f.severity === "error");
}

/** `op.execute(<sql as a template literal>)`, the SQL starting on the call's line. */
function executeSql(sql: string): string {
  return `  await op.execute(\`${sql.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\`);`;
}

/** The line in the revision file of SQL line `n` (1-based) of `executeSql(sql)` in `revisionSource`. */
function fileLine(sqlLine: number): number {
  const source = revisionSource(executeSql("@@MARK@@"));
  return source.split("\n").findIndex((l) => l.includes("@@MARK@@")) + sqlLine;
}

// umami-software/umami prisma/migrations/05_add_visit_id/migration.sql (abridged: the UPDATE's subquery)
const UMAMI_ADD_VISIT_ID = `-- AlterTable
ALTER TABLE "website_event" ADD COLUMN "visit_id" UUID NULL;

UPDATE "website_event" we
SET visit_id = a.uuid
FROM (SELECT DISTINCT s.session_id, s.visit_time, gen_random_uuid() uuid
    FROM (SELECT DISTINCT session_id, date_trunc('hour', created_at) visit_time FROM "website_event") s) a
WHERE we.session_id = a.session_id
    and date_trunc('hour', we.created_at) = a.visit_time;

ALTER TABLE "website_event" ALTER COLUMN "visit_id" SET NOT NULL;
`;

// documenso/documenso packages/prisma/migrations/20230907080056_add_created_at_and_updated_at_columns/migration.sql
const DOCUMENSO_CREATED_AT = `-- AlterTable
ALTER TABLE "Document" ADD COLUMN "createdAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "updatedAt" TIMESTAMP(3);

-- DefaultValues
UPDATE "Document"
SET
  "createdAt" = COALESCE("created"::TIMESTAMP, NOW()),
  "updatedAt" = COALESCE("created"::TIMESTAMP, NOW());

-- AlterColumn
ALTER TABLE "Document" ALTER COLUMN "createdAt" SET DEFAULT NOW();
ALTER TABLE "Document" ALTER COLUMN "createdAt" SET NOT NULL;

-- AlterColumn
ALTER TABLE "Document" ALTER COLUMN "updatedAt" SET DEFAULT NOW();
ALTER TABLE "Document" ALTER COLUMN "updatedAt" SET NOT NULL;
`;

// documenso/documenso packages/prisma/migrations/20250522054050_add_organisations/migration.sql (excerpts: a table
// the revision creates, made NOT NULL at the end; and TeamGlobalSettings, whose two ALTER TABLE statements start with
// the same line)
const DOCUMENSO_ORGANISATIONS = `-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "organisationClaimId" TEXT,
    "name" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "TeamGlobalSettings" DROP COLUMN "allowEmbeddedAuthoring",
DROP COLUMN "brandingHidePoweredBy",
ADD COLUMN     "id" TEXT, -- [CUSTOM_CHANGE] Supposed to be NOT NULL but we apply it after generating default IDs
ALTER COLUMN "documentVisibility" DROP NOT NULL;

-- [CUSTOM_CHANGE] Generate IDs for existing TeamGlobalSettings records. We link it later.
UPDATE "TeamGlobalSettings" SET "id" = generate_prefix_id('team_setting') WHERE "id" IS NULL;

-- [CUSTOM_CHANGE] Make the id column NOT NULL and add primary key
ALTER TABLE "TeamGlobalSettings"
ALTER COLUMN "id" SET NOT NULL,
ADD CONSTRAINT "TeamGlobalSettings_pkey" PRIMARY KEY ("id");

-- REAPPLY NOT NULL to any temporary nullable columns
ALTER TABLE "Organisation" ALTER COLUMN "organisationClaimId" SET NOT NULL;
`;

// documenso/documenso packages/prisma/migrations/20230922121421_fix_document_meta_schema/migration.sql (excerpt)
const DOCUMENSO_DOCUMENT_META = `-- AlterTable
ALTER TABLE "DocumentMeta"
ADD COLUMN     "documentId" INTEGER,
ADD COLUMN     "message" TEXT;

-- Migrate data
UPDATE "DocumentMeta" SET "message" = "customEmailBody";

-- AlterTable
ALTER TABLE "DocumentMeta"
DROP COLUMN "customEmailBody",
DROP COLUMN "customEmailSubject";
`;

describe("lint on real migration SQL", () => {
  test("umami: SET NOT NULL on a column added in the same revision to an existing table is reported (the table is scanned)", async () => {
    const findings = await lintBody(executeSql(UMAMI_ADD_VISIT_ID));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [["set-not-null", fileLine(11)]],
    );
    assert.match(findings[0]?.message ?? "", /SET NOT NULL on website_event\.visit_id scans the whole table .*added in this revision, but its table is not new/);
    assert.match(findings[0]?.recipe ?? "", /NOT NULL with a constant default in the ADD COLUMN itself/);
  });

  test("documenso: both SET NOT NULL after the backfill are reported, each at its own line", async () => {
    const findings = await lintBody(executeSql(DOCUMENSO_CREATED_AT));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [
        ["set-not-null", fileLine(15)],
        ["set-not-null", fileLine(19)],
      ],
    );
  });

  test("documenso: a table created in the revision stays exempt; statements that start alike are reported where they are", async () => {
    const findings = await lintBody(executeSql(DOCUMENSO_ORGANISATIONS));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line, f.message.split(":")[0]]),
      [
        ["ban-drop", fileLine(11), "column TeamGlobalSettings.allowEmbeddedAuthoring is dropped with its data"],
        ["ban-drop", fileLine(11), "column TeamGlobalSettings.brandingHidePoweredBy is dropped with its data"],
        ["set-not-null", fileLine(20), "SET NOT NULL on TeamGlobalSettings.id scans the whole table under an ACCESS EXCLUSIVE lock"],
        ["unique-from-index", fileLine(20), "primary key TeamGlobalSettings_pkey is added to existing table TeamGlobalSettings"],
      ],
    );
  });

  test("documenso: a DROP COLUMN whose first line repeats an earlier ALTER TABLE's is reported at its own line", async () => {
    const findings = await lintBody(executeSql(DOCUMENSO_DOCUMENT_META));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [
        ["ban-drop", fileLine(10)],
        ["ban-drop", fileLine(10)],
      ],
    );
  });

  test("SQL written with escapes (not as in the file) is reported at the call's line, not at lines past it", async () => {
    const findings = await lintBody(`  await op.execute(${JSON.stringify(DOCUMENSO_CREATED_AT)});\n  // a comment\n  // another\n`);
    const callLine = revisionSource("@@").split("\n").findIndex((l) => l.includes("@@")) + 1;
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [
        ["set-not-null", callLine],
        ["set-not-null", callLine],
      ],
    );
  });

  test("a type change of a column added in the same revision to an existing table is reported (the table is rewritten)", async () => {
    // the umami column above, given its type after adding it
    const findings = await lintBody(executeSql(`ALTER TABLE "website_event" ADD COLUMN "visit_id" INTEGER;\nALTER TABLE "website_event" ALTER COLUMN "visit_id" SET DATA TYPE BIGINT;\n`));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [["type-change-rewrite", fileLine(2)]],
    );
    assert.match(findings[0]?.message ?? "", /changes from integer to bigint: the table is rewritten .*the column is added in this revision, but its table is not new: give the column its final type when adding it/);
    // the ADD's type is the old one: a longer varchar keeps the bytes
    assert.deepEqual(await lintBody(executeSql(`ALTER TABLE "website_event" ADD COLUMN "tag" VARCHAR(50);\nALTER TABLE "website_event" ALTER COLUMN "tag" SET DATA TYPE VARCHAR(100);\n`)), []);
    const onNewTable = await lintBody(executeSql(`CREATE TABLE "t" ("id" BIGINT);\nALTER TABLE "t" ADD COLUMN "c" INTEGER;\nALTER TABLE "t" ALTER COLUMN "c" SET DATA TYPE BIGINT;\n`));
    assert.deepEqual(onNewTable, []);
  });
});

// squawk's own test cases (sbdchd/squawk crates/squawk_linter/src/rules/*.rs), where Athanor disagreed with it and
// was wrong

describe("lint on squawk's test SQL", () => {
  test("adding_not_null_field.rs pg16_cross_migration_validate_then_set_not_null_ok: SET NOT NULL after VALIDATE of the table's check (the recipe's last step) is not reported", async () => {
    const sql = `ALTER TABLE foo VALIDATE CONSTRAINT foo_bar_not_null;\nALTER TABLE foo ALTER COLUMN bar SET NOT NULL;\nALTER TABLE foo DROP CONSTRAINT foo_bar_not_null;\n`;
    assert.deepEqual(await lintBody(executeSql(sql)), []);
    // without the VALIDATE it scans
    const alone = await lintBody(executeSql("ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;\n"));
    assert.deepEqual(
      alone.map((f) => f.ruleId),
      ["set-not-null"],
    );
    // a VALIDATE of another table's constraint does not count
    const other = await lintBody(executeSql("ALTER TABLE baz VALIDATE CONSTRAINT baz_bar_not_null;\nALTER TABLE foo ALTER COLUMN bar SET NOT NULL;\n"));
    assert.deepEqual(
      other.map((f) => [f.ruleId, f.line]),
      [["set-not-null", fileLine(2)]],
    );
  });

  test("constraint_missing_not_valid.rs not_valid_validate_transaction_err: VALIDATE in the transaction that added the constraint NOT VALID is reported", async () => {
    const sql = `ALTER TABLE "app_email" ADD CONSTRAINT "fk_user" FOREIGN KEY (user_id) REFERENCES "app_user" (id) NOT VALID;\nALTER TABLE "app_email" VALIDATE CONSTRAINT "fk_user";\n`;
    const findings = await lintBody(executeSql(sql));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line]),
      [["require-not-valid", fileLine(2)]],
    );
    assert.equal(
      findings[0]?.message,
      "foreign key fk_user is validated in the transaction that added it NOT VALID: every row of app_email is checked while the ADD's SHARE ROW EXCLUSIVE lock on both tables is still held",
    );
    // outside a transaction each statement commits, the lock is gone before the VALIDATE
    assert.deepEqual(await lintBody(executeSql(sql), { extra: "export const transactional = false;" }), []);
    // on a table the revision created, nothing is scanned that matters
    assert.deepEqual(await lintBody(executeSql(`CREATE TABLE "app_email" (user_id bigint);\n${sql}`)), []);
  });

  test("disallow_unique_constraint.rs unique_constraint_inline_add_column_err: ADD COLUMN … UNIQUE on an existing table is reported", async () => {
    const findings = await lintBody(executeSql("ALTER TABLE foo ADD COLUMN bar text CONSTRAINT foo_bar_unique UNIQUE;\n"));
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ["unique-from-index"],
    );
    assert.match(findings[0]?.message ?? "", /^column foo\.bar is added with UNIQUE to an existing table: its index is built over every row under ACCESS EXCLUSIVE/);
    assert.deepEqual(await lintBody(executeSql("CREATE TABLE foo (id bigint);\nALTER TABLE foo ADD COLUMN bar text CONSTRAINT foo_bar_unique UNIQUE;\n")), []);
    assert.deepEqual(await lintBody(executeSql("ALTER TABLE foo ADD COLUMN bar text;\n")), []);
  });
});

// Dokploy/dokploy apps/dokploy/drizzle/0006_oval_jimmy_woo.sql: drizzle-kit (before 0.24) wraps each foreign key in a
// DO block that ignores "already exists"; squawk does not look inside DO blocks either
const DOKPLOY_REGISTRY_FK = `ALTER TABLE "application" ADD COLUMN "registryId" text;--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "application" ADD CONSTRAINT "application_registryId_registry_registryId_fk" FOREIGN KEY ("registryId") REFERENCES "public"."registry"("registryId") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
`;

describe("lint inside DO blocks that only wrap statements", () => {
  test("Dokploy: a foreign key added to an existing table inside DO $$ BEGIN … EXCEPTION … END $$ is reported at its line", async () => {
    const findings = await lintBody(executeSql(DOKPLOY_REGISTRY_FK));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.line, f.message.split(":")[0]]),
      [["require-not-valid", fileLine(3), "foreign key application_registryId_registry_registryId_fk is added to existing table application without NOT VALID"]],
    );
  });

  test("the wrapped statements count like written ones: a table created in the revision is exempt; real PL/pgSQL is left alone", async () => {
    const created = `CREATE TABLE IF NOT EXISTS "application" ("applicationId" text PRIMARY KEY NOT NULL, "registryId" text);\n--> statement-breakpoint\n${DOKPLOY_REGISTRY_FK.split("\n").slice(1).join("\n")}`;
    assert.deepEqual(await lintBody(executeSql(created)), []);
    const plpgsql = `DO $$ BEGIN\n IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk') THEN\n  ALTER TABLE "application" ADD CONSTRAINT "fk" FOREIGN KEY ("registryId") REFERENCES "registry"("registryId");\n END IF;\nEND $$;\n`;
    assert.deepEqual(await lintBody(executeSql(plpgsql)), []);
    const enumType = `DO $$ BEGIN\n CREATE TYPE "sourceType" AS ENUM('docker', 'git', 'github');\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;\nALTER TYPE "sourceType" ADD VALUE 'gitea' BEFORE 'github';\n`;
    assert.deepEqual(await lintAll(executeSql(enumType)), []);
  });
});

describe("MySQL: a column added in the revision to an existing table", () => {
  test("MODIFY of its type copies the table (MariaDB refuses it with ALGORITHM=INPLACE) and is reported; restating the same type is not", async () => {
    const { mysqlDialect } = await import("../../src/dialects/mysql/index.js");
    // (one-ddl-per-revision also reports the second ALTER: not what this test is about)
    const lintMysql = async (sql: string) => (await lintBody(executeSql(sql), { dialect: mysqlDialect })).filter((f) => f.ruleId !== "one-ddl-per-revision");
    const changed = await lintMysql("ALTER TABLE `users` ADD `age` int;\nALTER TABLE `users` MODIFY `age` bigint;\n");
    assert.deepEqual(
      changed.map((f) => [f.ruleId, f.line]),
      [["type-change-copies-table", fileLine(2)]],
    );
    assert.match(changed[0]?.message ?? "", /changes from integer to bigint: the table is copied .*the column is added in this revision, but its table is not new/);
    const same = await lintMysql("ALTER TABLE `users` ADD `age` int;\nALTER TABLE `users` MODIFY `age` int;\n");
    assert.deepEqual(
      same.map((f) => f.ruleId),
      [],
    );
    const enumChanged = await lintMysql("ALTER TABLE `users` ADD `kind` enum('a','b');\nALTER TABLE `users` MODIFY `kind` enum('b','a');\n");
    assert.deepEqual(
      enumChanged.map((f) => f.ruleId),
      ["enum-change-copies-table"],
    );
  });
});

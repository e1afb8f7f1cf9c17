/**
 * `athanor lint` on a Prisma Migrate history for MySQL imported as revisions, one `op.execute` of each
 * migration.sql (umami-software/umami at da7f4cb2d, db/mysql/migrations/01_init, 02_report_schema_session_data and
 * 12_update_report_parameter). Prisma renames a column with `CHANGE old new <the same type>`; MySQL and MariaDB do
 * that in place. `type-change-copies-table` didn't know the column's type before the revision (lint has no
 * database), so every such rename was "redefined … the table is copied while writes wait": 5 errors in one
 * revision of umami, none true. The history's types are now replayed (as the enums' values already were): a
 * CHANGE that keeps the type is not reported, and a real change is reported with the type it changes from. The
 * server agrees: with ALGORITHM=INPLACE the rename runs and the change to JSON is refused.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../../support/cli.js";
import { createMysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";

// 01_init/migration.sql, the two tables only (other columns, indexes and tables left out)
const INIT = `-- CreateTable
CREATE TABLE \`event_data\` (
    \`event_id\` VARCHAR(36) NOT NULL,
    \`website_id\` VARCHAR(36) NOT NULL,
    \`event_string_value\` VARCHAR(500) NULL,
    \`event_numeric_value\` DECIMAL(19, 4) NULL,
    \`event_date_value\` TIMESTAMP(0) NULL,
    \`event_data_type\` INTEGER UNSIGNED NOT NULL,

    PRIMARY KEY (\`event_id\`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE \`report\` (
    \`report_id\` VARCHAR(36) NOT NULL,
    \`parameters\` VARCHAR(6000) NOT NULL,

    PRIMARY KEY (\`report_id\`)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
`;
// 02_report_schema_session_data/migration.sql, its renames as written
const RENAMES = `-- AlterTable
ALTER TABLE \`event_data\` CHANGE \`event_data_type\` \`data_type\` INTEGER UNSIGNED NOT NULL;
ALTER TABLE \`event_data\` CHANGE \`event_date_value\` \`date_value\` TIMESTAMP(0) NULL;
ALTER TABLE \`event_data\` CHANGE \`event_id\` \`event_data_id\` VARCHAR(36) NOT NULL;
ALTER TABLE \`event_data\` CHANGE \`event_numeric_value\` \`number_value\` DECIMAL(19,4) NULL;
ALTER TABLE \`event_data\` CHANGE \`event_string_value\` \`string_value\` VARCHAR(500) NULL;
`;
// 12_update_report_parameter/migration.sql, as written
const TO_JSON = `-- AlterTable
ALTER TABLE \`report\` MODIFY \`parameters\` JSON NOT NULL;
`;

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

describe("lint of a Prisma MySQL history: CHANGE that keeps the type (umami)", () => {
  test("the renames are not type changes; the change to JSON is, from varchar(6000)", () => {
    const p = new TempProject("athanor-lint-prisma-my-");
    projects.push(p);
    p.write("athanor.config.ts", `export default { url: "mysql://root@127.0.0.1:1/never_connected" };\n`);
    const rev = (id: string, down: string | null, sql: string) =>
      p.write(`migrations/versions/${id}.ts`, revisionFile({ rev: id, down, upgrade: `  await op.execute(${JSON.stringify(sql)});` }));
    rev("a1", null, INIT);
    rev("b2", "a1", RENAMES);
    rev("c3", "b2", TO_JSON);
    const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; revision: string; message: string }[] }).findings;
    const typeChanges = findings.filter((f) => f.ruleId === "type-change-copies-table").map((f) => `${f.revision}: ${f.message}`);
    assert.deepEqual(typeChanges, ["c3: the type of report.parameters changes from varchar(6000) to json: the table is copied (ALGORITHM=COPY) while writes wait"]);
    // the renames are still renames
    assert.equal(findings.filter((f) => f.revision === "b2" && f.ruleId === "ban-rename").length, 5);
  });

  test("the server agrees: the renames run with ALGORITHM=INPLACE, the change to JSON doesn't", async (t) => {
    const skip = await requireMysql();
    if (skip.skip) return t.skip(skip.skip);
    const db = await createMysqlTestDatabase();
    const conn = await db.connect();
    try {
      for (const stmt of INIT.split(";").filter((s) => s.includes("CREATE"))) await conn.query(stmt);
      for (const stmt of RENAMES.split(";").filter((s) => s.includes("CHANGE"))) await conn.query(`${stmt.trim()}, ALGORITHM=INPLACE, LOCK=NONE`);
      await assert.rejects(conn.query("ALTER TABLE `report` MODIFY `parameters` JSON NOT NULL, ALGORITHM=INPLACE, LOCK=NONE"), /ALGORITHM=INPLACE is not supported|ALGORITHM=COPY/);
    } finally {
      await conn.end();
      await db.drop();
    }
  });
});

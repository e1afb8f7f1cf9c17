/**
 * `athanor lint` on a Prisma Migrate history imported as revisions, one `op.execute` of each migration.sql
 * (umami-software/umami, prisma/migrations/03_metric_performance_index/migration.sql: CREATE INDEX on tables the
 * first migration made). Written the way a script writes it, `op.execute(${JSON.stringify(sql)})`, the whole SQL
 * is one line of the file and its quotes are escaped (`\"event_data\"`): the statements weren't found in the file,
 * and each finding's line was counted from the call through the SQL's own lines, past the end of the file
 * (line 30 of a 24-line file). Now such a finding is on the call's line; SQL written across the file's lines (a
 * template literal) is still found on each statement's own line.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../../support/cli.js";

// the first migration, the two tables only (other columns left out)
const INIT = `CREATE TABLE "event_data" ("event_id" UUID NOT NULL, "website_id" UUID NOT NULL, "event_key" VARCHAR(500) NOT NULL, "created_at" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE "session" ("session_id" UUID NOT NULL, "website_id" UUID NOT NULL, "hostname" VARCHAR(100), "created_at" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP);
`;
// 03_metric_performance_index/migration.sql, its first four statements as written
const INDEXES = `-- CreateIndex
CREATE INDEX "event_data_website_id_created_at_idx" ON "event_data"("website_id", "created_at");

-- CreateIndex
CREATE INDEX "event_data_website_id_created_at_event_key_idx" ON "event_data"("website_id", "created_at", "event_key");

-- CreateIndex
CREATE INDEX "session_website_id_created_at_idx" ON "session"("website_id", "created_at");

-- CreateIndex
CREATE INDEX "session_website_id_created_at_hostname_idx" ON "session"("website_id", "created_at", "hostname");
`;

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function lintLines(upgrade: string): { lines: number[]; fileLines: number; source: string } {
  const p = new TempProject("athanor-lint-prisma-");
  projects.push(p);
  p.write("athanor.config.ts", `export default { url: "postgresql://nobody@127.0.0.1:1/never_connected" };\n`);
  p.write("migrations/versions/a1_init.ts", revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute(${JSON.stringify(INIT)});` }));
  p.write("migrations/versions/b2_indexes.ts", revisionFile({ rev: "b2", down: "a1", upgrade }));
  const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
  const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; revision: string; line: number }[] }).findings;
  const text = p.read("migrations/versions/b2_indexes.ts");
  return {
    lines: findings.filter((f) => f.revision === "b2" && f.ruleId === "require-concurrent-index").map((f) => f.line),
    fileLines: text.split("\n").length,
    source: text,
  };
}

describe("lint lines of an imported Prisma history (PostgreSQL)", () => {
  test("SQL on one line of the file, quotes escaped: each finding is on the call's line", () => {
    const { lines, fileLines, source } = lintLines(`  await op.execute(${JSON.stringify(INDEXES)});`);
    const call = source.split("\n").findIndex((l) => l.includes("op.execute(")) + 1;
    assert.equal(lines.length, 4);
    assert.ok(lines.every((l) => l <= fileLines));
    assert.deepEqual(lines, [call, call, call, call]);
  });

  test("SQL in a template literal: each finding on its statement's line, not on the first comment's", () => {
    const { lines, source } = lintLines(`  await op.execute(\`${INDEXES}\`);`);
    const at = (name: string) => source.split("\n").findIndex((l) => l.includes(`CREATE INDEX "${name}"`)) + 1;
    assert.deepEqual(lines, [
      at("event_data_website_id_created_at_idx"),
      at("event_data_website_id_created_at_event_key_idx"),
      at("session_website_id_created_at_idx"),
      at("session_website_id_created_at_hostname_idx"),
    ]);
  });
});

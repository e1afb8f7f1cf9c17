/**
 * `check` on MariaDB when a model column and an AUTO_INCREMENT column differ
 * only in identity (a table Alembic made: `sa.Integer, primary_key=True` is
 * AUTO_INCREMENT on MySQL): the warning says how MySQL changes it, not
 * PostgreSQL's `ALTER COLUMN ... ADD/DROP IDENTITY`, which MySQL refuses; and
 * the model spelling it names (`identity: "byDefault"`) does match.
 */
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { REPO_ROOT } from "../../support/cli.js";
import { mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const skip = await requireMysql();

function models(identity: string): string {
  return `import { table, t } from "athanor";
export const users = table("users", { columns: { id: { type: t.integer(), primaryKey: true${identity} }, email: { type: t.varchar(100), nullable: false } } });
`;
}

describe("identity warnings on MariaDB", skip, () => {
  const project = mysqlProjects("athanor_idwarn", { models: "./models.ts" });

  test("an AUTO_INCREMENT key and a model without identity: the warning gives MySQL's statement and the model's spelling", async () => {
    const { db, p } = await project();
    symlinkSync(join(REPO_ROOT, "node_modules"), join(p.dir, "node_modules"), "dir");
    await db.query("CREATE TABLE users (id INTEGER NOT NULL AUTO_INCREMENT, email VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
    p.write("models.ts", models(""));
    const r = p.athanor("check");
    assert.equal(r.code, 0, r.stderr);
    const warnings = r.stderr.split("\n").filter((l) => l.startsWith("warning: users.id"));
    assert.equal(warnings.length, 1, r.stderr);
    assert.match(warnings[0] ?? "", /identity differs \(model none, database byDefault\); change it with op\.execute\("ALTER TABLE \.\.\. MODIFY COLUMN \.\.\. AUTO_INCREMENT"\)/);
    assert.doesNotMatch(r.stderr, /ADD\/DROP IDENTITY/);
    assert.match(warnings[0] ?? "", /identity: "byDefault"/);

    p.write("models.ts", models(`, identity: "byDefault"`));
    const matched = p.athanor("check");
    assert.equal(matched.code, 0, matched.stderr);
    assert.match(matched.stdout, /No changes detected/);
    assert.doesNotMatch(matched.stderr, /warning: users\.id/);
  });
});

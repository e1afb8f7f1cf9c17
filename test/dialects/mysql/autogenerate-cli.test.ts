/**
 * The whole loop on MariaDB through the built CLI, as a team on MySQL uses
 * it: drizzle mysqlTable models, `revision --autogenerate`, `upgrade head`,
 * `check` finds nothing; a model edit makes `check` fail naming it; the
 * generated downgrade takes the database back to base.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { mysql2Driver } from "../../../src/dialects/mysql/driver-mysql2.js";
import { REPO_ROOT, TempProject } from "../../support/cli.js";
import { MYSQL_ADMIN_URL, requireMysql } from "./autogenerate-support.js";

describe("autogenerate on MariaDB through the CLI", async () => {
  const opts = await requireMysql();
  test("drizzle models: autogenerate, upgrade, check clean, edit, check fails, downgrade", opts, async () => {
    const name = `athanor_agcli_${randomBytes(5).toString("hex")}`;
    const admin = await mysql2Driver.connect({ url: MYSQL_ADMIN_URL });
    await admin.query(`CREATE DATABASE \`${name}\``);
    const url = MYSQL_ADMIN_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
    const p = new TempProject("athanor-mysql-ag-");
    try {
      symlinkSync(join(REPO_ROOT, "node_modules"), join(p.dir, "node_modules"), "dir");
      const models = readFileSync(join(REPO_ROOT, "test/autogenerate/corpus-mysql/schemas/shop.ts"), "utf8");
      p.write("models.ts", models);
      p.write("athanor.config.mjs", `export default { models: "./models.ts", scriptLocation: "./migrations" };\n`);
      const env = { DATABASE_URL: url };
      assert.equal(p.run(["init"], { env }).code, 0);
      const rev = p.run(["revision", "--autogenerate", "-m", "initial"], { env });
      assert.equal(rev.code, 0, rev.stderr);
      const file = p.ls("migrations/versions").find((f) => f.endsWith("_initial.ts"))!;
      const text = p.read(`migrations/versions/${file}`);
      assert.match(text, /onUpdateCurrentTimestamp: true/);
      assert.match(text, /orgs_owner_id_users_id_fk/);
      const up = p.run(["upgrade", "head"], { env });
      assert.equal(up.code, 0, up.stderr);
      const check = p.run(["check"], { env });
      assert.equal(check.code, 0, `${check.stdout}\n${check.stderr}`);
      assert.match(check.stdout, /No changes detected/);

      p.write("models.ts", models.replace(`bio: text("bio"),`, `bio: text("bio"),\n    nickname: varchar("nickname", { length: 40 }),`));
      const edited = p.run(["check"], { env });
      assert.notEqual(edited.code, 0);
      assert.match(`${edited.stdout}${edited.stderr}`, /nickname/);

      const down = p.run(["downgrade", "base"], { env });
      assert.equal(down.code, 0, down.stderr);
      const left = await admin.query<{ t: string }>("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY 1", [name]);
      assert.deepEqual(left.rows.map((r) => r.t), ["athanor_version", "athanor_version_log"]);
    } finally {
      p.cleanup();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => {});
      await admin.close();
    }
  });
});

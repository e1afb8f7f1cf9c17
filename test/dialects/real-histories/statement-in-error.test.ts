/**
 * The statement a failure quotes, from Vaultwarden's 2023-01-06-151600_add_reset_password_support/up.sql (the same
 * one line for SQLite and MySQL): `ALTER TABLE users_organizations ADD COLUMN reset_password_key TEXT;`. Run a
 * second time it fails, and the message read "statement: … TEXT;; 1 earlier revision(s) committed" (MySQL:
 * "statement 1: … TEXT;; none of its statements had committed"): the statement's own closing `;` and the
 * message's separator. The statement is now quoted without its closing `;`.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { MigrationProject } from "../../support/project.js";
import { mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const ADD_RESET_PASSWORD_SUPPORT = "ALTER TABLE users_organizations ADD COLUMN reset_password_key TEXT;\n";

const BASE = {
  up: `  await op.execute("CREATE TABLE users_organizations (uuid VARCHAR(40) NOT NULL PRIMARY KEY, reset_password_key TEXT)");`,
  down: `  await op.execute("DROP TABLE users_organizations");`,
};
const AGAIN = { up: `  await op.execute(${JSON.stringify(ADD_RESET_PASSWORD_SUPPORT)});`, down: "" };

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

describe("a failed statement is quoted once, without its own closing semicolon", async () => {
  test("SQLite", () => {
    const p = new MigrationProject("sqlite:./online.db").rev("a1000001", null, BASE).rev("a1000002", "a1000001", AGAIN);
    projects.push(p);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /duplicate column name: reset_password_key; statement: ALTER TABLE users_organizations ADD COLUMN reset_password_key TEXT; 1 earlier revision\(s\) committed/);
  });

  const skip = await requireMysql();
  const fresh = mysqlProjects("athanor_stmtq");
  test("MySQL / MariaDB (each DDL statement commits by itself)", skip, async () => {
    const { p } = await fresh();
    p.rev("a1000001", null, BASE).rev("a1000002", "a1000001", AGAIN);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /Duplicate column name 'reset_password_key'; statement 1: ALTER TABLE users_organizations ADD COLUMN reset_password_key TEXT; none of its statements had committed/);
  });
});

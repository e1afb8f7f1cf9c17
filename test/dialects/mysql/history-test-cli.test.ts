/**
 * `athanor test` on MariaDB, as a CI job runs it: MySQL has no throwaway
 * database of its own, so `--url` names an empty one. Only that database is
 * compared before and after each downgrade: the other databases on a shared
 * server (other projects', other test runs') are not looked at, and a
 * non-empty database is refused without pointing at a scratch database the
 * dialect doesn't have.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { ok } from "../../cli/helpers.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, mysqlProjects, requireMysql } from "../../support/mysql-databases.js";

const opts = await requireMysql();
const project = mysqlProjects("athanor_ht");
const others: MysqlTestDatabase[] = [];
after(async () => {
  for (const d of others) await d.drop();
});

describe("athanor test on MariaDB", opts, () => {
  test("only the --url database is compared: another database changed by the revisions is not a difference", async () => {
    const { db, p } = await project();
    const other = await createMysqlTestDatabase("athanor_ht_other");
    others.push(other);
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE users (id INT PRIMARY KEY)");`, down: `  await op.execute("DROP TABLE users");` });
    // a table in another database, left there by the downgrade: the history test of this project can't see it
    p.rev("b2", "a1", {
      up: `  await op.execute("ALTER TABLE users ADD COLUMN nick VARCHAR(20)");\n  await op.execute("CREATE TABLE IF NOT EXISTS \`${other.name}\`.audit (id INT PRIMARY KEY)");`,
      down: `  await op.execute("ALTER TABLE users DROP COLUMN nick");`,
    });
    const r = p.athanor("test", "--url", db.url);
    ok(r, "athanor test");
    assert.match(r.stdout, /stairway/);
    // a downgrade that leaves a column behind in the tested database fails, naming it
    const fresh = await project();
    fresh.p.rev("a1", null, { up: `  await op.execute("CREATE TABLE users (id INT PRIMARY KEY)");`, down: `  await op.execute("DROP TABLE users");` });
    fresh.p.rev("b2", "a1", { up: `  await op.execute("ALTER TABLE users ADD COLUMN nick VARCHAR(20)");`, down: `  await op.execute("SELECT 1");` });
    const bad = fresh.p.athanor("test", "--url", fresh.db.url);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stderr, new RegExp(`left behind: column ${fresh.db.name}\\.users\\.nick`));
    assert.doesNotMatch(bad.stderr, new RegExp(other.name));
  });

  test("without --url, and on a database with tables: exit 2, with advice that works on MySQL", async () => {
    const { db, p } = await project();
    p.rev("a1", null, { up: `  await op.execute("CREATE TABLE users (id INT PRIMARY KEY)");` });
    const bare = p.athanor("test");
    assert.equal(bare.code, 2, bare.stderr);
    assert.match(bare.stderr, /no throwaway database of its own: pass --url with an empty database/);
    await db.query("CREATE TABLE keep_me (id INT)");
    const busy = p.athanor("test", "--url", db.url);
    assert.equal(busy.code, 2, busy.stderr);
    assert.match(busy.stderr, /is not empty \(tables: [^)]*keep_me\)/);
    assert.doesNotMatch(busy.stderr, /leave out --url/);
  });
});

/**
 * `athanor test --url` refuses (exit 2) a database that holds anything a user
 * made, not only tables: a view, a routine, a trigger, an event, a sequence, a
 * type or a domain, and the refusal names what it found. A database with only
 * an extension's objects (PostgreSQL) is still empty. On the real servers and
 * a SQLite file.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { type CliResult, revisionFile, TempProject } from "../support/cli.js";
import { createTestDatabase, requirePostgres } from "../support/databases.js";
import { createMysqlTestDatabase, requireMysql } from "../support/mysql-databases.js";
import { openSqlite } from "../dialects/support/sqlite-file.js";

const USERS = revisionFile({
  rev: "a0000001",
  down: null,
  message: "create users",
  upgrade: `  await op.execute("CREATE TABLE users (id integer PRIMARY KEY)");`,
  downgrade: `  await op.execute("DROP TABLE users");`,
});

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(): TempProject {
  const p = new TempProject("h3-athanor-nonempty-");
  projects.push(p);
  p.write("athanor.config.mjs", `export default { scriptLocation: "migrations" };\n`);
  p.write("migrations/versions/a0000001_create_users.mjs", USERS);
  return p;
}

/** Exit 2 and the one error line, without `error: `. */
function refused(r: CliResult): string {
  assert.equal(r.code, 2, `expected exit 2, got ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  return (errors[0] as string).slice("error: ".length);
}

describe("athanor test --url: a database with no tables but other objects is not empty", { concurrency: 3 }, async () => {
  const pg = await requirePostgres();
  const my = await requireMysql();

  test("MariaDB: a view, a procedure, a function, an event, a sequence, a system-versioned table; each alone is refused", my, async () => {
    const p = project();
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["CREATE VIEW v_active AS SELECT 1 AS x", "view {db}.v_active"],
      ["CREATE PROCEDURE p_tidy() SELECT 1", "procedure {db}.p_tidy"],
      ["CREATE FUNCTION f_one() RETURNS INT DETERMINISTIC RETURN 1", "function {db}.f_one"],
      ["CREATE EVENT e_nightly ON SCHEDULE EVERY 1 DAY DISABLE DO SELECT 1", "event {db}.e_nightly"],
      ["CREATE SEQUENCE s_ids", "sequence {db}.s_ids"],
      ["CREATE TABLE audit (id INT) WITH SYSTEM VERSIONING", "tables: {db}.audit"],
    ];
    for (const [ddl, named] of cases) {
      const db = await createMysqlTestDatabase("h3_ne");
      try {
        await db.query(ddl);
        const msg = refused(await p.runAsync(["test", "--url", db.url]));
        assert.match(msg, /^the database at mysql:\/\/.* is not empty \(/);
        assert.ok(msg.includes(`(${named.replace("{db}", db.name)})`), `${ddl}: ${msg}`);
        assert.match(msg, /'athanor test' runs every upgrade and downgrade, so it needs an empty, throwaway database: create one for it$/);
        // nothing ran: no version table was made
        assert.deepEqual(await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'athanor%'"), []);
      } finally {
        await db.drop();
      }
    }
  });

  test("MariaDB: a trigger with its table, and more than two objects: two named and the count", my, async () => {
    const p = project();
    const db = await createMysqlTestDatabase("h3_ne");
    try {
      await db.query("CREATE TABLE t (id INT)");
      await db.query("CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.id = NEW.id + 1");
      await db.query("CREATE VIEW v1 AS SELECT 1 AS x");
      await db.query("CREATE VIEW v2 AS SELECT 2 AS x");
      const msg = refused(await p.runAsync(["test", "--url", db.url]));
      assert.ok(msg.includes(`(tables: ${db.name}.t; trigger ${db.name}.t_bi, view ${db.name}.v1, … (3 other objects))`), msg);
    } finally {
      await db.drop();
    }
  });

  test("PostgreSQL: a view, a function, a sequence, an enum, a domain, a range, a composite type; each alone is refused", pg, async () => {
    const p = project();
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["CREATE VIEW v_active AS SELECT 1 AS x", "view public.v_active"],
      ["CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x", "materialized view public.mv"],
      ["CREATE FUNCTION f_one() RETURNS int LANGUAGE sql AS 'SELECT 1'", "function public.f_one"],
      ["CREATE PROCEDURE p_tidy() LANGUAGE sql AS 'SELECT 1'", "procedure public.p_tidy"],
      ["CREATE SEQUENCE s_ids", "sequence public.s_ids"],
      ["CREATE TYPE mood AS ENUM ('ok')", "type public.mood"],
      ["CREATE DOMAIN posint AS int CHECK (VALUE > 0)", "domain public.posint"],
      // the range's constructor functions and multirange come with it: only the range is named
      ["CREATE TYPE span AS RANGE (subtype = int4)", "type public.span"],
      ["CREATE TYPE pair AS (a int, b int)", "type public.pair"],
      ["CREATE SCHEMA app; CREATE VIEW app.v AS SELECT 1 AS x", "view app.v"],
    ];
    for (const [ddl, named] of cases) {
      const db = await createTestDatabase("h3_ne");
      try {
        await db.query(ddl);
        const msg = refused(await p.runAsync(["test", "--url", db.url]));
        assert.ok(msg.includes(`is not empty (${named})`), `${ddl}: ${msg}`);
        assert.deepEqual(await db.query("SELECT relname FROM pg_class WHERE relname LIKE 'athanor%'"), []);
      } finally {
        await db.drop();
      }
    }
  });

  test("PostgreSQL: an extension's functions and types are not the user's: the database is empty and the test runs", pg, async () => {
    const db = await createTestDatabase("h3_ne");
    try {
      await db.query("CREATE EXTENSION pgcrypto");
      await db.query("CREATE EXTENSION citext");
      const r = await project().runAsync(["test", "--url", db.url]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^passed: heads, downgrades, stairway/m);
    } finally {
      await db.drop();
    }
  });

  test("SQLite: a view or a trigger is refused", async () => {
    const p = project();
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ["view.db", "CREATE VIEW v_active AS SELECT 1 AS x", "(view main.v_active)"],
      ["trigger.db", "CREATE TABLE t (id INTEGER); CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN SELECT 1; END", "(tables: main.t; trigger main.t_ai)"],
    ];
    for (const [file, ddl, named] of cases) {
      const path = join(p.dir, file);
      const db = openSqlite(path);
      db.exec(ddl);
      db.close();
      const msg = refused(await p.runAsync(["test", "--url", `sqlite:///${path}`]));
      assert.ok(msg.includes(named), `${ddl}: ${msg}`);
      const again = openSqlite(path);
      try {
        assert.deepEqual(again.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'athanor%'").all(), []);
      } finally {
        again.close();
      }
    }
  });
});

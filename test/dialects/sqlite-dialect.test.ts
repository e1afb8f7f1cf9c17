/**
 * The SQLite dialect's collaborators that need no migration run: URLs (and
 * that DB_* variables never pick SQLite), the lexer, the error classifier,
 * session settings, value binding, the version number, the lock.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { dialectForUrl, normalizeUrl, resolveUrlPaths, urlFromEnvironment } from "../../src/dialects/registry.js";
import { betterSqlite3Driver, lockFileOf, parseSqliteUrl, sqliteDialect, sqliteSqlLexer } from "../../src/dialects/sqlite/index.js";
import { versionNumber } from "../../src/dialects/sqlite/server-version.js";
import { sqliteSessionSettings } from "../../src/dialects/sqlite/session-settings.js";
import { executeOp } from "../../src/operations/execute.js";

const dir = mkdtempSync(join(tmpdir(), "athanor-sqlite-dialect-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite URLs", () => {
  test("the URL forms, and SQLAlchemy's", () => {
    assert.deepEqual(parseSqliteUrl("sqlite::memory:"), { kind: "memory" });
    assert.deepEqual(parseSqliteUrl("sqlite://"), { kind: "memory" });
    assert.deepEqual(parseSqliteUrl("sqlite:///:memory:"), { kind: "memory" });
    assert.deepEqual(parseSqliteUrl("sqlite:/var/data/app.db"), { kind: "file", path: "/var/data/app.db" });
    assert.deepEqual(parseSqliteUrl("sqlite:////var/data/app.db"), { kind: "file", path: "/var/data/app.db" });
    assert.deepEqual(parseSqliteUrl("sqlite+pysqlite:////var/data/app.db"), { kind: "file", path: "/var/data/app.db" });
    assert.equal(normalizeUrl("sqlite:///rel/app.db"), "sqlite:rel/app.db");
    assert.equal(normalizeUrl("sqlite+pysqlite:///app.db"), "sqlite:app.db");
    assert.equal(normalizeUrl("  sqlite:./app.db "), "sqlite:./app.db");
    assert.throws(() => parseSqliteUrl("sqlite://host/app.db"), /a SQLite database has no host/);
    assert.throws(() => parseSqliteUrl("sqlite:"), /no file path/);
  });

  test("a relative path is relative to the config's folder; absolute ones and memory stay", () => {
    assert.equal(resolveUrlPaths("sqlite:./data/app.db", "/srv/app"), "sqlite:/srv/app/data/app.db");
    assert.equal(resolveUrlPaths("sqlite:app.db", "/srv/app"), "sqlite:/srv/app/app.db");
    assert.equal(resolveUrlPaths("sqlite:///app.db", "/srv/app"), "sqlite:/srv/app/app.db");
    assert.equal(resolveUrlPaths("sqlite:/var/app.db", "/srv/app"), "sqlite:/var/app.db");
    assert.equal(resolveUrlPaths("sqlite:////var/app.db", "/srv/app"), "sqlite:////var/app.db");
    assert.equal(resolveUrlPaths("sqlite::memory:", "/srv/app"), "sqlite::memory:");
  });

  test("sqlite: URLs pick the SQLite dialect; DB_HOST and DB_NAME never do", () => {
    assert.equal(dialectForUrl("sqlite:./app.db").dialect, sqliteDialect);
    assert.equal(dialectForUrl(normalizeUrl("sqlite+pysqlite:///app.db")).dialect, sqliteDialect);
    const built = urlFromEnvironment({ DB_HOST: "db", DB_NAME: "app.db" });
    assert.match(built?.url ?? "", /^postgresql:\/\//);
    assert.equal(urlFromEnvironment({ DB_NAME: "./app.db" })?.url.startsWith("sqlite:"), false);
    assert.throws(() => sqliteDialect.urls.fromComponents({ database: "app.db" }), /set DATABASE_URL=sqlite:\.\/app\.db/);
  });
});

describe("SQLite lexer", () => {
  const split = (sql: string) => sqliteSqlLexer.splitStatements(sql).map((s) => s.text);

  test("comments, strings and quoted names hide semicolons and keywords", () => {
    assert.deepEqual(split("SELECT ';' AS [a;b], \"c;d\", `e;f`; -- x; y\nSELECT 2 /* ; */ ;;"), [
      "SELECT ';' AS [a;b], \"c;d\", `e;f`",
      "SELECT 2",
    ]);
    assert.deepEqual(split("SELECT 'it''s; fine'; SELECT x'00;'"), ["SELECT 'it''s; fine'", "SELECT x'00;'"]);
    // not nested: the first */ ends the comment
    assert.deepEqual(split("/* a /* b */ SELECT 1; SELECT 2"), ["SELECT 1", "SELECT 2"]);
  });

  test("a CREATE TRIGGER ... BEGIN ... END body is one statement, CASE ... END inside it too", () => {
    const trigger =
      "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n  INSERT INTO b VALUES (';');\nEND";
    assert.deepEqual(split(`${trigger};\nSELECT 1;`), [trigger, "SELECT 1"]);
  });

  test("transaction control is found, not inside a trigger body", () => {
    const find = (sql: string) => sqliteSqlLexer.findTransactionControl(sql)?.keyword ?? null;
    assert.equal(find("SELECT 1; BEGIN IMMEDIATE; SELECT 2"), "BEGIN");
    assert.equal(find("end transaction"), "END");
    assert.equal(find("ROLLBACK TRANSACTION TO SAVEPOINT s"), "ROLLBACK TO SAVEPOINT");
    assert.equal(find("release s"), "RELEASE SAVEPOINT");
    assert.equal(find("savepoint s"), "SAVEPOINT");
    assert.equal(find("CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END;"), null);
    assert.equal(find("SELECT 'BEGIN'; -- COMMIT\nSELECT \"commit\""), null);
  });

  test("VACUUM, ATTACH and PRAGMA journal_mode can't run in a migration's transaction; PRAGMA foreign_keys can (each step runs with it off)", () => {
    const why = (sql: string) => sqliteSqlLexer.noTransactionReason(executeOp(sql));
    assert.equal(why("VACUUM"), "VACUUM cannot run in a transaction");
    assert.equal(why("ATTACH 'x.db' AS x"), "ATTACH cannot run in a transaction");
    assert.equal(why("PRAGMA foreign_keys = OFF"), null);
    assert.match(why("PRAGMA main.journal_mode = WAL") ?? "", /PRAGMA journal_mode/);
    assert.equal(why("PRAGMA foreign_key_check"), null);
    assert.equal(why("CREATE TABLE vacuum (a)"), null);
  });
});

describe("SQLite errors, settings, values", () => {
  test("error kinds come from SQLite's codes, extended codes included", () => {
    const kind = (code: string) => sqliteDialect.errors.classify({ code });
    assert.equal(kind("SQLITE_BUSY"), "lock-timeout");
    assert.equal(kind("SQLITE_BUSY_SNAPSHOT"), "lock-timeout");
    assert.equal(kind("SQLITE_LOCKED"), "lock-timeout");
    assert.equal(kind("SQLITE_CANTOPEN_ISDIR"), "database-missing");
    assert.equal(kind("SQLITE_READONLY_DBMOVED"), "permission-denied");
    assert.equal(kind("SQLITE_PERM"), "permission-denied");
    assert.equal(kind("SQLITE_CONSTRAINT_FOREIGNKEY"), "unknown");
    assert.equal(sqliteDialect.errors.classify(new Error("SQLITE_BUSY: database is locked")), "unknown", "never the message");
  });

  test("session settings: foreign keys on, busy_timeout from lockTimeout; no statement timeout or search path", () => {
    assert.deepEqual(
      sqliteSessionSettings({ lockTimeout: "2s" }).map((s) => s.sql),
      ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 2000"],
    );
    assert.deepEqual(sqliteSessionSettings({}).map((s) => s.sql)[1], "PRAGMA busy_timeout = 5000");
    assert.throws(() => sqliteSessionSettings({ statementTimeout: 1000 }), /statementTimeout: SQLite has no statement timeout/);
    assert.throws(() => sqliteSessionSettings({ searchPath: "app" }), /searchPath: SQLite has no schemas/);
  });

  test("values are bound: booleans 1/0, dates UTC datetime text, objects JSON, bigints exact", async () => {
    const conn = await betterSqlite3Driver.connect({ url: "sqlite::memory:" });
    try {
      const row = (
        await conn.query<Record<string, unknown>>("SELECT ? AS b, ? AS d, ? AS j, ? AS big, typeof(?) AS t, ? AS s, ? AS n", [
          true,
          new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)),
          { a: [1, "x"] },
          9007199254740993n,
          9007199254740993n,
          "'; DROP TABLE x; --",
          undefined,
        ])
      ).rows[0];
      assert.deepEqual(row, { b: 1, d: "2026-01-02 03:04:05.006", j: '{"a":[1,"x"]}', big: 9007199254740992, t: "integer", s: "'; DROP TABLE x; --", n: null });
      assert.equal((await conn.query("PRAGMA foreign_keys")).rows[0]?.foreign_keys, 1);
      assert.equal(versionNumber("3.51.2"), 3051002);
      assert.ok((await sqliteDialect.serverVersion?.(conn)) ?? 0 >= 3035000);
      await conn.exec("CREATE TABLE a (x); CREATE TABLE b (y PRIMARY KEY) WITHOUT ROWID; ANALYZE"); // ANALYZE makes sqlite_stat1
      assert.deepEqual(await sqliteDialect.userTables(conn), ["main.a", "main.b"]);
    } finally {
      await conn.close();
    }
  });

  test("a missing driver folder is made; a file that is not a database is refused with SQLite's code", async () => {
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "new/sub/app.db")}` });
    await conn.close();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "text.db"), "this is not a database, it is text long enough to have a header of a hundred bytes ".repeat(3));
    await assert.rejects(
      async () => {
        const c = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "text.db")}` });
        try {
          await c.query("SELECT count(*) FROM sqlite_master");
        } finally {
          await c.close();
        }
      },
      (e: unknown) => sqliteDialect.errors.classify(e) === "database-missing",
    );
  });
});

describe("SQLite lock", () => {
  test("one session at a time holds it; a second is refused until the first lets go", async () => {
    const url = `sqlite:${join(dir, "lock.db")}`;
    const a = await betterSqlite3Driver.connect({ url });
    const b = await betterSqlite3Driver.connect({ url });
    const lock = sqliteDialect.lock;
    try {
      const key = lock.keyFor({ table: "athanor_version" });
      assert.equal(await lock.tryAcquire(a, key), true);
      assert.equal(await lock.tryAcquire(b, key), false);
      assert.equal(await lock.holder(b, key), `another process's write lock on ${join(dir, "lock.db")}`);
      // the lock is on the companion file: the database itself stays writable by the holder's own session
      await a.exec("BEGIN IMMEDIATE; CREATE TABLE t (x); COMMIT");
      await lock.release(a, key);
      assert.equal(await lock.tryAcquire(b, key), true);
      await lock.release(b, key);
      assert.equal(lockFileOf("/x/app.db"), "/x/app.db-athanor-lock");
    } finally {
      await a.close();
      await b.close();
    }
  });
});

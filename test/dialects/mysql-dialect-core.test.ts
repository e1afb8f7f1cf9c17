/**
 * The MySQL dialect's pieces that need no server: the SQL lexer (comments,
 * quoting, executable comments, DELIMITER, stored-program bodies,
 * transaction control, implicit commits), URLs and environment variables,
 * the error classifier (codes and numbers only), session settings, value
 * binding, and the registry.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mysqlDialect } from "../../src/dialects/mysql/index.js";
import { bindParams, connectionConfig } from "../../src/dialects/mysql/driver-mysql2.js";
import { sessionSettingsSql } from "../../src/dialects/mysql/session-settings.js";
import { parseServerVersion } from "../../src/dialects/mysql/server-version.js";
import { dialectForUrl, normalizeUrl, passwordVariables, urlFromEnvironment } from "../../src/dialects/registry.js";
import { maskUrl } from "../../src/dialects/mask-url.js";
import mysql from "mysql2";

const lexer = mysqlDialect.sqlLexer;
const texts = (sql: string) => lexer.splitStatements(sql).map((s) => s.text);

describe("MySQL SQL lexer", () => {
  test("comments: #, '-- ' (dash-dash needs a space or control character), /* */", () => {
    assert.deepEqual(texts("SELECT 1; # a; comment\nSELECT 2"), ["SELECT 1", "SELECT 2"]);
    assert.deepEqual(texts("SELECT 1 -- ; not a statement\n; SELECT 2"), ["SELECT 1", "SELECT 2"]);
    // `--1` is minus minus one, not a comment
    assert.deepEqual(texts("SELECT 5--1; SELECT 2"), ["SELECT 5--1", "SELECT 2"]);
    assert.deepEqual(texts("SELECT /* ; */ 1; SELECT 2"), ["SELECT /* ; */ 1", "SELECT 2"]);
  });

  test("strings with backslash escapes and doubled quotes; backtick names", () => {
    assert.deepEqual(texts(String.raw`SELECT 'it\'s; here'; SELECT "a""; b"; SELECT 1 FROM ${"`"}x;y${"`"}`), [
      String.raw`SELECT 'it\'s; here'`,
      `SELECT "a""; b"`,
      "SELECT 1 FROM `x;y`",
    ]);
    assert.equal(lexer.findTransactionControl("SELECT 'COMMIT'; SELECT `ROLLBACK`"), null);
  });

  test("executable comments are read as SQL", () => {
    assert.equal(lexer.findTransactionControl("/*!40101 COMMIT */")?.keyword, "COMMIT");
    assert.equal(lexer.findTransactionControl("/* COMMIT */ SELECT 1"), null);
  });

  test("a statement that begins or ends in an executable comment keeps its markers (mysqldump's forms)", () => {
    assert.deepEqual(texts("CREATE TABLE t1 (id INT PRIMARY KEY) /*!40101 ENGINE=InnoDB */; CREATE TABLE t2 (id INT)"), [
      "CREATE TABLE t1 (id INT PRIMARY KEY) /*!40101 ENGINE=InnoDB */",
      "CREATE TABLE t2 (id INT)",
    ]);
    assert.deepEqual(texts("CREATE TABLE t1 (id INT);\n/*!40101 SET @a = 1 */ /*!40101 , @b = 2 */;\n/*M!100100 SET @x = 1 */; SELECT @a"), [
      "CREATE TABLE t1 (id INT)",
      "/*!40101 SET @a = 1 */ /*!40101 , @b = 2 */",
      "/*M!100100 SET @x = 1 */",
      "SELECT @a",
    ]);
  });

  test("IF (…) THEN and WHILE (…) DO in a stored program's body open blocks; IF(…) in an expression is the function", () => {
    const trigger = "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  IF (NEW.v < 0) THEN\n    SET NEW.v = 0;\n  END IF;\n  SET NEW.w = IF(NEW.w IS NULL, 7, NEW.w);\nEND";
    assert.deepEqual(texts(`${trigger};\nINSERT INTO t (v) VALUES (-5)`), [trigger, "INSERT INTO t (v) VALUES (-5)"]);
    const procedure = "CREATE PROCEDURE p() BEGIN DECLARE i INT DEFAULT 0; WHILE (i < 3) DO SET i = i + 1; END WHILE; lbl: REPEAT SET i = i - 1; UNTIL (i = 0) END REPEAT; SELECT i; END";
    assert.deepEqual(texts(`${procedure}; SELECT 2`), [procedure, "SELECT 2"]);
  });

  test("DELIMITER is a client command; stored-program bodies are one statement", () => {
    const script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nSELECT 3;";
    assert.deepEqual(texts(script), ["CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT 3"]);
    const body = "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a > 1 THEN SET NEW.a = 1; END IF; END; SELECT 4";
    assert.deepEqual(texts(body), [
      "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a > 1 THEN SET NEW.a = 1; END IF; END",
      "SELECT 4",
    ]);
    assert.equal(lexer.findTransactionControl("CREATE PROCEDURE p() BEGIN COMMIT; END"), null);
  });

  test("a DELIMITER other than ; ends a statement wherever it starts outside quotes and comments, as the client cuts: END$$ too", () => {
    const script = "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON e FOR EACH ROW\nBEGIN\n  INSERT INTO l VALUES ('x');\nEND$$\nDELIMITER ;\nCREATE TABLE a (id INT);";
    assert.deepEqual(texts(script), ["CREATE TRIGGER t BEFORE INSERT ON e FOR EACH ROW\nBEGIN\n  INSERT INTO l VALUES ('x');\nEND", "CREATE TABLE a (id INT)"]);
    // the client sends `SELECT 1 AS a` and `b` for `a$$b$$`; not in a string, a quoted name or a comment
    assert.deepEqual(texts("DELIMITER $$\nSELECT 1 AS a$$b$$\nSELECT 'x$$y', `c$$d` -- e$$\n, /* $$ */ 2 $$\nDELIMITER ;\nSELECT 3"), [
      "SELECT 1 AS a",
      "b",
      "SELECT 'x$$y', `c$$d` -- e$$\n, /* $$ */ 2",
      "SELECT 3",
    ]);
  });

  test("a DELIMITER line may end in a comment; the delimiter may be quoted; other text after it leaves the line to the server", () => {
    const script = "CREATE TABLE t (id int);\nDELIMITER $$ -- switch\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET @x = 1; SET @y = 2; END $$\nDELIMITER ;  -- reset\nCREATE TABLE u (id int); SELECT 1";
    assert.deepEqual(texts(script), ["CREATE TABLE t (id int)", "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET @x = 1; SET @y = 2; END", "CREATE TABLE u (id int)", "SELECT 1"]);
    assert.deepEqual(texts("DELIMITER '//' # q\nSELECT 1; SELECT 2 //\nDELIMITER ; /* back */\nSELECT 3; SELECT 4"), ["SELECT 1; SELECT 2", "SELECT 3", "SELECT 4"]);
    // the client takes the first word after DELIMITER: `;#` here, as it does
    assert.deepEqual(texts("DELIMITER ;#\nSELECT 1; SELECT 2"), ["SELECT 1; SELECT 2"]);
    // the client would drop `SELECT 9` silently; here the server sees the line and refuses it
    assert.equal(texts("DELIMITER $$ SELECT 9\nSELECT 1; SELECT 2")[0], "DELIMITER $$ SELECT 9\nSELECT 1");
  });

  test("a stored program is told by the grammar's head, not by EVENT or BEGIN anywhere in the first words", () => {
    assert.deepEqual(texts("CREATE TABLE event (id INT PRIMARY KEY, begin DATETIME NULL); CREATE TABLE other (id INT)"), [
      "CREATE TABLE event (id INT PRIMARY KEY, begin DATETIME NULL)",
      "CREATE TABLE other (id INT)",
    ]);
    assert.deepEqual(texts("ALTER TABLE event ADD begin INT; SELECT 2"), ["ALTER TABLE event ADD begin INT", "SELECT 2"]);
    assert.deepEqual(texts("CREATE VIEW trigger_view AS SELECT 1 AS begin; SELECT 2"), ["CREATE VIEW trigger_view AS SELECT 1 AS begin", "SELECT 2"]);
    for (const head of [
      "CREATE PROCEDURE p()",
      "CREATE OR REPLACE DEFINER = `root`@`localhost` PROCEDURE p()",
      "CREATE DEFINER='app'@'10.0.%' FUNCTION f() RETURNS INT",
      "CREATE DEFINER=app@10.0.0.1 AGGREGATE FUNCTION f(x INT) RETURNS INT",
      "CREATE DEFINER=CURRENT_USER() TRIGGER tr BEFORE INSERT ON t FOR EACH ROW",
      "CREATE EVENT IF NOT EXISTS e ON SCHEDULE EVERY 1 DAY DO",
      "ALTER DEFINER=CURRENT_USER EVENT e DO",
    ]) {
      const program = `${head} BEGIN SELECT 1; SELECT 2; END`;
      assert.deepEqual(texts(`${program}; SELECT 3`), [program, "SELECT 3"], head);
    }
  });

  test("in a stored program's body, a bare END closes BEGIN only where a statement starts; CASE expressions and FOR loops close theirs", () => {
    const procedure = "CREATE PROCEDURE close_all()\nBEGIN\n  UPDATE ranges SET end = 1;\n  UPDATE ranges SET id = id;\nEND";
    assert.deepEqual(texts(`CREATE TABLE ranges (id INT PRIMARY KEY, \`end\` INT);\n${procedure};\nCREATE TABLE after_proc (id INT)`), [
      "CREATE TABLE ranges (id INT PRIMARY KEY, `end` INT)",
      procedure,
      "CREATE TABLE after_proc (id INT)",
    ]);
    for (const program of [
      "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = CASE WHEN NEW.a > 1 THEN 1 ELSE 2 END; SET NEW.b = CASE (NEW.b) WHEN 1 THEN 2 END; END",
      "CREATE PROCEDURE p() BEGIN FOR i IN 1..3 DO SELECT i; END FOR; SELECT 2; END",
      "CREATE PROCEDURE p() BEGIN END",
      "CREATE PROCEDURE p() lbl: BEGIN CASE x WHEN 1 THEN SELECT 1; ELSE BEGIN SELECT 2; END; END CASE; REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT; END lbl",
      "BEGIN NOT ATOMIC SELECT 1; SELECT 2; END",
    ])
      assert.deepEqual(texts(`${program}; SELECT 3`), [program, "SELECT 3"], program);
  });

  test("USE is refused with its own reason (Athanor's version table is in the session's database)", () => {
    const found = lexer.findTransactionControl("CREATE TABLE a (id INT); use `other db`; CREATE TABLE b (id INT)");
    assert.equal(found?.keyword, "USE");
    assert.equal(found?.statement, "use `other db`");
    assert.match(found?.refusal ?? "", /version table is in the session's database.*\(`other db`\.table\)/);
    assert.equal(lexer.findTransactionControl("SELECT 'USE x'; SELECT used FROM t"), null);
  });

  test("transaction control", () => {
    const kw = (sql: string) => lexer.findTransactionControl(sql)?.keyword ?? null;
    assert.equal(kw("BEGIN"), "BEGIN");
    assert.equal(kw("begin work"), "BEGIN");
    assert.equal(kw("BEGIN NOT ATOMIC SELECT 1; END"), null);
    assert.equal(kw("START TRANSACTION READ ONLY"), "START TRANSACTION");
    assert.equal(kw("SELECT 1; COMMIT WORK"), "COMMIT");
    assert.equal(kw("ROLLBACK TO SAVEPOINT s"), "ROLLBACK TO SAVEPOINT");
    assert.equal(kw("ROLLBACK WORK TO s"), "ROLLBACK TO SAVEPOINT");
    assert.equal(kw("SAVEPOINT s"), "SAVEPOINT");
    assert.equal(kw("RELEASE SAVEPOINT s"), "RELEASE SAVEPOINT");
    assert.equal(kw("SET autocommit = 0"), "SET autocommit");
    assert.equal(kw("SET @@session.autocommit = 0"), "SET autocommit");
    assert.equal(kw("SET @autocommit_x = 0"), null);
    assert.equal(kw("LOCK TABLES t WRITE"), "LOCK TABLES");
    assert.equal(kw("UNLOCK TABLES"), "UNLOCK TABLES");
    assert.equal(kw("SELECT 1"), null);
  });

  test("statements that commit implicitly (DDL) and those that don't", () => {
    const ddl = (sql: string) => lexer.commitsImplicitly?.(sql);
    for (const s of ["CREATE TABLE t (id INT)", "ALTER TABLE t ADD c INT", "DROP INDEX i ON t", "RENAME TABLE a TO b", "TRUNCATE t", "CREATE INDEX i ON t (c)", "GRANT SELECT ON t TO u", "/* x */ create view v as select 1"])
      assert.equal(ddl(s), true, s);
    for (const s of ["INSERT INTO t VALUES (1)", "UPDATE t SET a = 1", "DELETE FROM t", "SELECT 1", "DO SLEEP(1)", "SET @a = 1", "CALL p()", "REPLACE INTO t VALUES (1)"])
      assert.equal(ddl(s), false, s);
  });
});

describe("MySQL URLs and environment", () => {
  test("schemes, SQLAlchemy forms, masking", () => {
    assert.equal(dialectForUrl("mysql://u@h/db").dialect, mysqlDialect);
    assert.equal(dialectForUrl("mariadb://u@h/db").dialect, mysqlDialect);
    assert.equal(normalizeUrl(" mysql+pymysql://u:p@h:3307/db "), "mysql://u:p@h:3307/db");
    assert.equal(normalizeUrl("mariadb+mariadbconnector://u@h/db"), "mariadb://u@h/db");
    assert.equal(dialectForUrl("mysql+aiomysql://u@h/db").dialect, mysqlDialect);
    assert.equal(maskUrl("mysql://app:s3cret@db:3306/app"), "mysql://app:***@db:3306/app");
  });

  test("DB_* first, then MYSQL_HOST, MYSQL_TCP_PORT, MYSQL_PWD, ...", () => {
    const a = urlFromEnvironment({ MYSQL_HOST: "db", MYSQL_TCP_PORT: "3307", MYSQL_USER: "app", MYSQL_PWD: "p w", MYSQL_DATABASE: "shop" });
    assert.equal(a?.url, "mysql://app:p%20w@db:3307/shop");
    assert.deepEqual(a?.variables, ["MYSQL_HOST", "MYSQL_TCP_PORT", "MYSQL_DATABASE", "MYSQL_USER", "MYSQL_PWD"]);
    const b = urlFromEnvironment({ DB_HOST: "generic", MYSQL_HOST: "db", MYSQL_PORT: "3308", MYSQL_PASSWORD: "x", MYSQL_DATABASE: "d" });
    assert.equal(b?.url, "mysql://root:x@generic:3308/d");
    assert.ok(passwordVariables().includes("MYSQL_PWD") && passwordVariables().includes("MYSQL_PASSWORD"));
  });

  test("connection options from the URL", () => {
    const c = connectionConfig("mysql://us%40er:p%3Ass@[::1]:3307/my%20db?ssl=required&socket=/run/mysqld.sock");
    assert.equal(c.host, "::1");
    assert.equal(c.port, 3307);
    assert.equal(c.user, "us@er");
    assert.equal(c.password, "p:ss");
    assert.equal(c.database, "my db");
    assert.equal(c.socketPath, "/run/mysqld.sock");
    assert.deepEqual(c.ssl, {});
    // a password with a bare '%': named, masked, and how to write it (not "URI malformed")
    assert.throws(
      () => connectionConfig("mysql://app:50%off@db:3306/app"),
      (e: Error) =>
        /the password in the database URL mysql:\/\/app:\*\*\*@db:3306\/app has a '%' that is not followed by two hex digits: percent-encode it \(a '%' is written %25/.test(e.message) &&
        !e.message.includes("50%off"),
    );
  });
});

describe("MySQL error classifier (codes only)", () => {
  const kind = (e: unknown) => mysqlDialect.errors.classify(e);
  test("server errors by symbolic code and by number; network errors by errno code", () => {
    assert.equal(kind({ code: "ECONNREFUSED", errno: -111 }), "connect-refused");
    assert.equal(kind({ code: "ER_CON_COUNT_ERROR", errno: 1040 }), "too-many-connections");
    assert.equal(kind({ errno: 1040 }), "too-many-connections");
    assert.equal(kind({ errno: 1053 }), "starting-up");
    assert.equal(kind({ code: "ER_ACCESS_DENIED_ERROR", errno: 1045 }), "auth-failed");
    assert.equal(kind({ code: "ER_BAD_DB_ERROR", errno: 1049 }), "database-missing");
    assert.equal(kind({ errno: 1205 }), "lock-timeout");
    assert.equal(kind({ errno: 1213 }), "deadlock");
    assert.equal(kind({ errno: 3024 }), "statement-timeout");
    assert.equal(kind({ errno: 1969 }), "statement-timeout");
    assert.equal(kind({ code: "PROTOCOL_CONNECTION_LOST" }), "connection-lost");
    assert.equal(kind(new Error("Unknown database 'x'")), "unknown", "never the message");
    assert.equal(kind({ cause: { code: "ER_BAD_DB_ERROR" } }), "database-missing");
  });
});

describe("MySQL session settings and values", () => {
  test("timeouts by flavour; searchPath refused", () => {
    const mysql8 = parseServerVersion("8.0.36");
    const maria = parseServerVersion("5.5.5-10.11.6-MariaDB-0+deb12u1");
    assert.deepEqual(maria, { mariadb: true, version: 101106 });
    const my = sessionSettingsSql({ lockTimeout: 2500, statementTimeout: "1min" }, mysql8)[0]?.sql ?? "";
    assert.match(my, /lock_wait_timeout = 3, innodb_lock_wait_timeout = 3/);
    assert.match(my, /max_execution_time = 60000/);
    assert.match(my, /time_zone = '\+00:00'/);
    const ma = sessionSettingsSql({ statementTimeout: 1500 }, maria)[0]?.sql ?? "";
    assert.match(ma, /max_statement_time = 1\.5/);
    assert.throws(() => sessionSettingsSql({ searchPath: "app" }), /searchPath has no meaning on MySQL/);
    assert.throws(() => sessionSettingsSql({ lockTimeout: "soon" }), /can't read "soon" as a duration/);
  });

  test("values are bound at ? outside strings, names and comments", () => {
    const sql = bindParams(mysql, "INSERT INTO `a?b` (c, d) VALUES (?, ?) -- ?\n", ["it's", new Date(Date.UTC(2026, 0, 2, 3, 4, 5))]);
    assert.equal(sql, "INSERT INTO `a?b` (c, d) VALUES ('it\\'s', '2026-01-02 03:04:05.000') -- ?\n");
    assert.equal(bindParams(mysql, "SELECT ?", [{ a: 1 }]), `SELECT '{\\"a\\":1}'`);
    assert.throws(() => bindParams(mysql, "SELECT ?, ?", [1]), /2 placeholder\(s\) \(\?\) but 1 value\(s\)/);
  });
});

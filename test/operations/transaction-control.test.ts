import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Dialect, SqlLexer } from "../../src/dialects/dialect.js";
import { postgresDialect } from "../../src/dialects/postgres/index.js";
import { isAthanorError } from "../../src/errors.js";
import { destructiveReason, requiresNoTransaction } from "../../src/operations/classify.js";
import { MigrationOps, type OperationExecutor } from "../../src/operations/migration-ops.js";
import type { Operation } from "../../src/operations/operation.js";
import { scanSql, splitSqlStatements } from "../../src/dialects/postgres/sql-scan.js";
import { findNonTransactionalStatement, findTransactionControl } from "../../src/dialects/postgres/transaction-control.js";
import { validateOperation } from "../../src/operations/validate.js";
import { asClause } from "../../src/util/describe-thrown.js";
import { HOSTILE_SQL } from "./hostile-sql.js";

const POSITIVE: Array<[string, string]> = [
  ["BEGIN", "BEGIN"],
  ["begin;", "BEGIN"],
  ["Begin Work", "BEGIN"],
  ["  commit  ", "COMMIT"],
  ["COMMIT AND CHAIN", "COMMIT"],
  ["ROLLBACK", "ROLLBACK"],
  ["rollback to savepoint x", "ROLLBACK TO SAVEPOINT"],
  ["ROLLBACK WORK TO x", "ROLLBACK TO SAVEPOINT"],
  ["START TRANSACTION", "START TRANSACTION"],
  ["start\n  transaction isolation level serializable", "START TRANSACTION"],
  ["END", "END"],
  ["end transaction;", "END"],
  ["SAVEPOINT a", "SAVEPOINT"],
  ["RELEASE SAVEPOINT a", "RELEASE SAVEPOINT"],
  ["release a", "RELEASE SAVEPOINT"],
  ["ABORT", "ABORT"],
  ["PREPARE TRANSACTION 'x'", "PREPARE TRANSACTION"],
  ["COMMIT PREPARED 'x'", "COMMIT PREPARED"],
  ["ROLLBACK PREPARED 'x'", "ROLLBACK PREPARED"],
  ["UPDATE t SET a = 1; COMMIT;", "COMMIT"],
  ["-- leading comment\nCOMMIT", "COMMIT"],
  ["/* block */ BEGIN; SELECT 1", "BEGIN"],
  ["SELECT 1;\n\n  rollback", "ROLLBACK"],
  ["DO $$ BEGIN PERFORM 1; END $$; COMMIT", "COMMIT"],
  ["SELECT 'a'';b'; ROLLBACK", "ROLLBACK"],
  ['SELECT "x;y" FROM t; END', "END"],
  ["SELECT E'it\\'s;'; ABORT", "ABORT"],
  ["CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END; COMMIT", "COMMIT"],
  ["SELECT $1; BEGIN", "BEGIN"],
  ["select 1;/* c */commit", "COMMIT"],
];

const NEGATIVE: string[] = [
  "DO $$ BEGIN PERFORM 1; END $$",
  "DO $body$ BEGIN COMMIT; ROLLBACK; END $body$;",
  "DO $$ BEGIN\n  IF true THEN RAISE NOTICE 'x'; END IF;\nEND\n$$ LANGUAGE plpgsql",
  "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$",
  "CREATE FUNCTION f() RETURNS trigger AS 'BEGIN RETURN NEW; END;' LANGUAGE plpgsql",
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 ELSE 2 END; END",
  "SELECT 'BEGIN; COMMIT'",
  "SELECT E'it\\'s; COMMIT'",
  "SELECT U&'d\\0061t; ROLLBACK'",
  'SELECT "commit" FROM t',
  'CREATE TABLE t ("end" int, "begin" int)',
  "-- COMMIT\nSELECT 1",
  "SELECT 1 -- ; COMMIT",
  "/* ROLLBACK; */ SELECT 1",
  "/* nested /* COMMIT */ still a comment; ROLLBACK */ SELECT 1",
  "UPDATE t SET committed = true",
  "SELECT begin_date, end_date FROM t",
  "SELECT $tag$ ; COMMIT $tag$",
  "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
  "COMMENT ON TABLE t IS 'COMMIT'",
  "CREATE INDEX CONCURRENTLY ix ON t (a)",
  "",
  "   ;;  ",
];

describe("transaction-control detection", () => {
  for (const [sql, keyword] of POSITIVE) {
    test(`finds ${keyword} in ${JSON.stringify(sql)}`, () => {
      assert.equal(findTransactionControl(sql)?.keyword, keyword);
    });
  }
  for (const sql of NEGATIVE) {
    test(`allows ${JSON.stringify(sql)}`, () => {
      assert.equal(findTransactionControl(sql), null);
    });
  }

  for (const c of HOSTILE_SQL) {
    test(`hostile input ${JSON.stringify(c.sql)}: ${c.keyword ?? "none"}`, () => {
      assert.equal(findTransactionControl(c.sql)?.keyword ?? null, c.keyword);
    });
  }

  test("reports the earliest finding of either reading of standard_conforming_strings", () => {
    // conforming: '\' then '; ROLLBACK; select ', so COMMIT runs; non-conforming: '\'' ends, ROLLBACK runs first
    const sql = "select '\\''; ROLLBACK; select '; COMMIT; --'";
    assert.equal(findTransactionControl(sql)?.keyword, "ROLLBACK");
  });

  test("reports the offending statement and its offset", () => {
    const sql = "UPDATE t SET a = 1;\n  COMMIT;";
    const f = findTransactionControl(sql);
    assert.deepEqual(f, { keyword: "COMMIT", statement: "COMMIT", offset: sql.indexOf("COMMIT") });
  });
});

describe("MigrationOps refuses transaction control", () => {
  const executor = (): OperationExecutor & { ops: Operation[]; queries: string[] } => {
    const ops: Operation[] = [];
    const queries: string[] = [];
    return {
      ops,
      queries,
      async run(op) {
        ops.push(op);
      },
      async query<R>(sql: string) {
        queries.push(sql);
        return [] as R[];
      },
      autocommit: (fn) => fn(),
    };
  };

  test("execute() rejects COMMIT with a message that says what to do instead", async () => {
    const ex = executor();
    const op = new MigrationOps(ex);
    await assert.rejects(op.execute("UPDATE t SET a = 1; COMMIT"), (e: unknown) => {
      assert.ok(isAthanorError(e));
      assert.equal(e.code, "OPERATION.TRANSACTION_CONTROL");
      assert.match(e.message, /COMMIT/);
      assert.match(e.message, /export const transactional = false/);
      assert.match(e.message, /op\.autocommit/);
      // a non-transactional revision refuses it too: the advice is to remove it, and run the rest there without it
      assert.match(e.message, /in every revision \(`transactional = false` and `op\.autocommit\(\)` included\): remove the statement; .*without BEGIN\/COMMIT/);
      // the runner appends "; none of its statements had committed"
      assert.doesNotMatch(e.message, /\.$/);
      return true;
    });
    assert.equal(ex.ops.length, 0);
  });

  test("a failed revision's reason loses its closing period before the runner's next clause, an ellipsis doesn't", () => {
    assert.equal(asClause("Unknown table 't'."), "Unknown table 't'");
    assert.equal(asClause('refuses it in SQL: "SELECT ..."'), 'refuses it in SQL: "SELECT ..."');
    assert.equal(asClause("wait..."), "wait...");
  });

  test("query() rejects BEGIN too", async () => {
    const ex = executor();
    await assert.rejects(new MigrationOps(ex).query("BEGIN"), /op\.query\(\) refuses transaction control \(BEGIN\)/);
    assert.equal(ex.queries.length, 0);
  });

  test("query() and execute(sql, params) read SQL the same way: a -- comment ends at \\r", async () => {
    const ex = executor();
    const op = new MigrationOps(ex);
    const sql = "UPDATE t SET a = $1; -- note\rCOMMIT";
    await assert.rejects(op.query(sql, [1]), /op\.query\(\) refuses transaction control \(COMMIT\)/);
    await assert.rejects(op.execute(sql, [1]), /op\.execute\(\) refuses transaction control \(COMMIT\)/);
    assert.equal(ex.queries.length + ex.ops.length, 0);
  });

  test("the error is one line even when the statement spans several", async () => {
    const op = new MigrationOps(executor());
    await assert.rejects(op.execute("SELECT 1;\r\nCOMMIT\r\nAND NO CHAIN"), (e: unknown) => {
      assert.ok(isAthanorError(e));
      assert.doesNotMatch(e.message, /[\r\n]/);
      assert.match(e.message, /"COMMIT\\r\\nAND NO CHAIN"/);
      return true;
    });
  });

  test("execute() accepts DO blocks and function bodies", async () => {
    const ex = executor();
    const op = new MigrationOps(ex);
    await op.execute("DO $$ BEGIN UPDATE t SET a = 1; END $$");
    await op.execute("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $fn$ BEGIN NULL; END $fn$");
    assert.equal(ex.ops.length, 2);
  });
});

describe("non-transactional statements", () => {
  const cases: Array<[string, string | null]> = [
    ["CREATE INDEX CONCURRENTLY ix ON t (a)", "CREATE INDEX CONCURRENTLY"],
    ["create unique index concurrently if not exists ix on t (a)", "CREATE INDEX CONCURRENTLY"],
    ["DROP INDEX CONCURRENTLY ix", "DROP INDEX CONCURRENTLY"],
    ["REINDEX INDEX CONCURRENTLY ix", "REINDEX ... CONCURRENTLY"],
    ["ALTER TABLE p DETACH PARTITION c CONCURRENTLY", "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY"],
    ["VACUUM ANALYZE t", "VACUUM"],
    ["SELECT 1; CREATE DATABASE x", "CREATE DATABASE"],
    ["ALTER SYSTEM SET work_mem = '1MB'", "ALTER SYSTEM"],
    ["CREATE INDEX ix ON t (a)", null],
    ["SELECT 'CREATE INDEX CONCURRENTLY'", null],
    ["DO $$ BEGIN EXECUTE 'VACUUM'; END $$", null],
  ];
  for (const [sql, expected] of cases) {
    test(JSON.stringify(sql), () => {
      assert.equal(findNonTransactionalStatement(sql)?.keyword ?? null, expected);
    });
  }
});

describe("SQL scanning", () => {
  test("splits statements outside literals, comments and dollar quotes", () => {
    const sql = "SELECT ';'; /* ; */ SELECT $$;$$ -- ;\n; SELECT \"a;\"\n;;";
    assert.deepEqual(
      splitSqlStatements(sql).map((s) => s.text),
      ["SELECT ';'", "SELECT $$;$$", 'SELECT "a;"'],
    );
  });

  test("keeps a BEGIN ATOMIC body (with CASE ... END) in one statement", () => {
    const sql = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END; SELECT 3";
    const parts = splitSqlStatements(sql);
    assert.equal(parts.length, 2);
    assert.equal(parts[1]?.text, "SELECT 3");
  });

  test("tells placeholders from identifiers containing $ and from dollar quotes", () => {
    const kinds = scanSql("SELECT a$1, $1, $tag$x$tag$, $$y$$ FROM t").filter((t) => t.kind !== "space");
    assert.deepEqual(
      kinds.map((t) => [t.kind, t.text]),
      [
        ["word", "SELECT"],
        ["word", "a$1"],
        ["other", ","],
        ["param", "$1"],
        ["other", ","],
        ["dollarString", "$tag$x$tag$"],
        ["other", ","],
        ["dollarString", "$$y$$"],
        ["word", "FROM"],
        ["word", "t"],
      ],
    );
  });

  test("unterminated literals and comments run to the end without throwing", () => {
    for (const sql of ["SELECT 'abc", 'SELECT "abc', "SELECT $$abc", "/* abc", "E'\\"])
      assert.equal(scanSql(sql).at(-1)?.end, sql.length);
  });
});

describe("operations read raw SQL through the dialect's lexer", () => {
  /** A dialect whose SQL ends statements at `GO` lines and whose transaction control is `TRAN`. */
  const lexer: SqlLexer = {
    splitStatements: (sql) =>
      sql.split(/^GO$/m).map((text) => {
        const keywords = text.trim().split(/\s+/).filter(Boolean).map((w) => w.toUpperCase());
        return { text: text.trim(), start: 0, end: 0, leadingKeywords: keywords, keywords };
      }),
    findTransactionControl: (sql) => (/\bTRAN\b/i.test(sql) ? { keyword: "TRAN", statement: sql.trim(), offset: 0 } : null),
    findNonTransactionalStatement: () => null,
    noTransactionReason: (op) => (op.kind === "execute" && /BACKUP/.test(op.sql) ? "BACKUP cannot run in a transaction" : null),
  };
  const dialect: Dialect = { ...postgresDialect, name: "tsqlish", sqlLexer: lexer };

  test("validation with a lexer uses it: its transaction control is refused, PostgreSQL's is not its business", () => {
    assert.throws(() => validateOperation({ kind: "execute", sql: "BEGIN TRAN" }, lexer), /refuses transaction control \(TRAN\)/);
    validateOperation({ kind: "execute", sql: "COMMIT" }, lexer);
    assert.throws(() => validateOperation({ kind: "execute", sql: "COMMIT" }), /refuses transaction control \(COMMIT\)/);
  });

  test("what needs no transaction and what destroys data follow the dialect", () => {
    assert.equal(requiresNoTransaction({ kind: "execute", sql: "BACKUP DATABASE x" }, { dialect }), true);
    assert.equal(requiresNoTransaction({ kind: "execute", sql: "VACUUM t" }, { dialect }), false);
    assert.equal(requiresNoTransaction({ kind: "execute", sql: "VACUUM t" }), true);
    assert.equal(destructiveReason({ kind: "execute", sql: "SELECT 1\nGO\nDROP TABLE t" }, dialect), "runs DROP TABLE in raw SQL");
  });
});

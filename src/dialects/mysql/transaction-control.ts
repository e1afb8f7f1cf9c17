/**
 * MySQL's statement-level rules for user SQL: transaction control (refused
 * inside migrations, see operations/transaction-control.ts) and the
 * statements that commit the open transaction by themselves (DDL and a few
 * administrative statements: "statements that cause an implicit commit").
 */
import type { StatementFinding } from "../dialect.js";
import { keywordOf, leadingWords, type ScannedStatement, splitSqlStatements } from "./sql-scan.js";

/** The words after SET that change autocommit: `SET autocommit`, `SET SESSION autocommit`, `SET @@autocommit`, `SET @@session.autocommit`. */
function setsAutocommit(stmt: ScannedStatement): boolean {
  const t = stmt.tokens;
  if (t[0]?.kind !== "word" || keywordOf(t[0].text) !== "SET") return false;
  const words = t.slice(1, 8).filter((x) => x.kind === "word").map((x) => keywordOf(x.text));
  return words.includes("AUTOCOMMIT") && words.indexOf("AUTOCOMMIT") <= 2;
}

function transactionKeyword(stmt: ScannedStatement): string | null {
  const [first, second, third] = leadingWords(stmt, 3);
  switch (first) {
    case "BEGIN":
      // MariaDB's anonymous block `BEGIN NOT ATOMIC ... END` is not transaction control
      return second === "NOT" && third === "ATOMIC" ? null : "BEGIN";
    case "START":
      return second === "TRANSACTION" ? "START TRANSACTION" : null;
    case "COMMIT":
      return "COMMIT";
    case "ROLLBACK": {
      const afterWork = second === "WORK" ? third : second;
      return afterWork === "TO" ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
    }
    case "SAVEPOINT":
      return "SAVEPOINT";
    case "RELEASE":
      return second === "SAVEPOINT" ? "RELEASE SAVEPOINT" : null;
    case "LOCK":
      return second === "TABLES" || second === "TABLE" ? "LOCK TABLES" : null;
    case "UNLOCK":
      return second === "TABLES" || second === "TABLE" ? "UNLOCK TABLES" : null;
    case "XA":
      return "XA";
    case "SET":
      return setsAutocommit(stmt) ? "SET autocommit" : null;
    default:
      return null;
  }
}

/**
 * `USE db` moves the session to another database, and Athanor's version
 * table with it: the revision would be recorded there, and the database it
 * migrates would still read as not upgraded. (A stored program can't hold
 * USE, so only a statement of its own counts.)
 */
function useRefusal(stmt: ScannedStatement): string | null {
  if (leadingWords(stmt, 1)[0] !== "USE") return null;
  const target = stmt.tokens[1]?.text ?? "otherdb";
  return (
    `Athanor's version table is in the session's database, so after USE it would record the revision in ${target} instead of the database it migrates; ` +
    `name the other database's tables with it instead (${target}.table)`
  );
}

/**
 * The first statement that controls the transaction, or null: BEGIN, START
 * TRANSACTION, COMMIT, ROLLBACK [TO SAVEPOINT], SAVEPOINT, RELEASE SAVEPOINT,
 * LOCK TABLES, UNLOCK TABLES, XA ..., SET autocommit; and USE, refused alike
 * with its own reason. Words inside literals, quoted names and comments do
 * not count; a stored program's body is part of its CREATE statement.
 */
export function findTransactionControl(sql: string): StatementFinding | null {
  let found: StatementFinding | null = null;
  // read with and without backslash escapes (the session's sql_mode decides); the earliest finding wins
  for (const noBackslashEscapes of [false, true]) {
    for (const stmt of splitSqlStatements(sql, { noBackslashEscapes })) {
      if (found && stmt.start >= found.offset) break;
      const keyword = transactionKeyword(stmt);
      if (keyword) {
        found = { keyword, statement: stmt.text, offset: stmt.start };
        break;
      }
      const refusal = useRefusal(stmt);
      if (refusal) {
        found = { keyword: "USE", statement: stmt.text, offset: stmt.start, refusal };
        break;
      }
    }
  }
  return found;
}

/**
 * The statement commits the open transaction by itself (MySQL's "statements
 * that cause an implicit commit"): CREATE/ALTER/DROP/RENAME/TRUNCATE of
 * tables, indexes, views, databases, routines, triggers, events, sequences,
 * users; GRANT, REVOKE, ANALYZE/OPTIMIZE/REPAIR/CHECK TABLE, FLUSH, LOAD INDEX,
 * CACHE INDEX, INSTALL/UNINSTALL PLUGIN. Data statements (INSERT, UPDATE,
 * DELETE, SELECT, REPLACE, CALL, SET, DO) do not. `CREATE TEMPORARY TABLE`
 * doesn't commit, but MySQL still can't roll it back: it counts as DDL here.
 */
export function statementCommitsImplicitly(stmt: ScannedStatement): boolean {
  const [a, b] = leadingWords(stmt, 2);
  switch (a) {
    case "CREATE":
    case "ALTER":
    case "DROP":
    case "RENAME":
    case "TRUNCATE":
    case "GRANT":
    case "REVOKE":
    case "FLUSH":
    case "INSTALL":
    case "UNINSTALL":
      return true;
    case "ANALYZE":
    case "OPTIMIZE":
    case "REPAIR":
    case "CHECK":
      return b === "TABLE" || b === "NO_WRITE_TO_BINLOG" || b === "LOCAL";
    case "LOAD":
      return b === "INDEX";
    case "CACHE":
      return b === "INDEX";
    default:
      return false;
  }
}

/** Whether any statement of a piece of SQL commits implicitly (for op.execute's raw SQL). */
export function commitsImplicitly(sql: string): boolean {
  return splitSqlStatements(sql).some(statementCommitsImplicitly);
}

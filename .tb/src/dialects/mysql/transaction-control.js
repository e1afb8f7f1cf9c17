import { keywordOf, leadingWords, splitSqlStatements } from "./sql-scan.js";
/** The words after SET that change autocommit: `SET autocommit`, `SET SESSION autocommit`, `SET @@autocommit`, `SET @@session.autocommit`. */
function setsAutocommit(stmt) {
    const t = stmt.tokens;
    if (t[0]?.kind !== "word" || keywordOf(t[0].text) !== "SET")
        return false;
    const words = t.slice(1, 8).filter((x) => x.kind === "word").map((x) => keywordOf(x.text));
    return words.includes("AUTOCOMMIT") && words.indexOf("AUTOCOMMIT") <= 2;
}
function transactionKeyword(stmt) {
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
 * The first statement that controls the transaction, or null: BEGIN, START
 * TRANSACTION, COMMIT, ROLLBACK [TO SAVEPOINT], SAVEPOINT, RELEASE SAVEPOINT,
 * LOCK TABLES, UNLOCK TABLES, XA ..., SET autocommit. Words inside literals,
 * quoted names and comments do not count; a stored program's body is part
 * of its CREATE statement.
 */
export function findTransactionControl(sql) {
    let found = null;
    // read with and without backslash escapes (the session's sql_mode decides); the earliest finding wins
    for (const noBackslashEscapes of [false, true]) {
        for (const stmt of splitSqlStatements(sql, { noBackslashEscapes })) {
            if (found && stmt.start >= found.offset)
                break;
            const keyword = transactionKeyword(stmt);
            if (keyword) {
                found = { keyword, statement: stmt.text, offset: stmt.start };
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
export function statementCommitsImplicitly(stmt) {
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
export function commitsImplicitly(sql) {
    return splitSqlStatements(sql).some(statementCommitsImplicitly);
}

/**
 * Statement-level checks on user SQL: transaction control (refused inside
 * migrations) and statements PostgreSQL will not run inside a transaction.
 */
import { AthanorError } from "../errors.js";
import { leadingWords, splitSqlStatements } from "./sql-scan.js";
const TX_WORDS = new Set(["BEGIN", "COMMIT", "ROLLBACK", "END", "SAVEPOINT", "RELEASE", "ABORT"]);
function transactionKeyword(stmt) {
    const [first, second] = leadingWords(stmt, 2);
    if (first === undefined)
        return null;
    if (TX_WORDS.has(first))
        return first;
    if (first === "START" && second === "TRANSACTION")
        return "START TRANSACTION";
    if (first === "PREPARE" && second === "TRANSACTION")
        return "PREPARE TRANSACTION";
    return null;
}
/**
 * The first statement that controls the transaction (BEGIN, COMMIT, ROLLBACK,
 * START TRANSACTION, END, SAVEPOINT, RELEASE, ABORT, PREPARE TRANSACTION),
 * or null. Words inside literals, quoted identifiers, comments, dollar-quoted
 * bodies (`DO $$ BEGIN ... END $$`) and `BEGIN ATOMIC` bodies do not count.
 */
export function findTransactionControl(sql) {
    for (const stmt of splitSqlStatements(sql)) {
        const keyword = transactionKeyword(stmt);
        if (keyword)
            return { keyword, statement: stmt.text, offset: stmt.start };
    }
    return null;
}
export function transactionControlError(finding, where = "op.execute()") {
    const excerpt = finding.statement.length > 60 ? `${finding.statement.slice(0, 57)}...` : finding.statement;
    return new AthanorError("OPERATION.TRANSACTION_CONTROL", `${where} refuses transaction control (${finding.keyword}) in SQL: "${excerpt}". ` +
        "Athanor manages transactions itself; to run statements outside a transaction, " +
        "use `export const transactional = false` in the revision or wrap them in `op.autocommit(async () => { ... })`.");
}
export function assertNoTransactionControl(sql, where) {
    const finding = findTransactionControl(sql);
    if (finding)
        throw transactionControlError(finding, where);
}
function nonTransactionalKeyword(stmt) {
    const words = leadingWords(stmt, 4);
    const [a, b] = words;
    if (a === "VACUUM")
        return "VACUUM";
    if (a === "ALTER" && b === "SYSTEM")
        return "ALTER SYSTEM";
    if ((a === "CREATE" || a === "DROP") && (b === "DATABASE" || b === "TABLESPACE"))
        return `${a} ${b}`;
    if (a === "CREATE" || a === "DROP" || a === "REINDEX" || a === "ALTER") {
        const concurrently = stmt.tokens.some((t) => t.kind === "word" && t.text.toUpperCase() === "CONCURRENTLY");
        if (concurrently) {
            if (a === "ALTER")
                return "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY";
            if (a === "REINDEX")
                return "REINDEX ... CONCURRENTLY";
            return `${a} INDEX CONCURRENTLY`;
        }
    }
    return null;
}
/** The first statement PostgreSQL refuses to run in a transaction block (CONCURRENTLY, VACUUM, CREATE DATABASE, ...). */
export function findNonTransactionalStatement(sql) {
    for (const stmt of splitSqlStatements(sql)) {
        const keyword = nonTransactionalKeyword(stmt);
        if (keyword)
            return { keyword, statement: stmt.text, offset: stmt.start };
    }
    return null;
}

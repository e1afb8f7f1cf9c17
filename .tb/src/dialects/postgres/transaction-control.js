import { keywordOf, leadingWords, splitSqlStatements } from "./sql-scan.js";
/**
 * The transaction-control statement a statement is, named by its leading
 * keywords, or null. Optional noise words (`WORK`, `TRANSACTION`) are skipped
 * where the grammar allows them.
 */
function transactionKeyword(stmt) {
    const words = leadingWords(stmt, 3);
    const [first, second] = words;
    const afterNoise = words[1] === "WORK" || words[1] === "TRANSACTION" ? words[2] : words[1];
    switch (first) {
        case "BEGIN":
        case "END":
        case "ABORT":
        case "SAVEPOINT":
            return first;
        case "START":
            return second === "TRANSACTION" ? "START TRANSACTION" : null;
        case "COMMIT":
            return second === "PREPARED" ? "COMMIT PREPARED" : "COMMIT";
        case "ROLLBACK":
            if (second === "PREPARED")
                return "ROLLBACK PREPARED";
            return afterNoise === "TO" ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
        case "RELEASE":
            return "RELEASE SAVEPOINT";
        case "PREPARE":
            return second === "TRANSACTION" ? "PREPARE TRANSACTION" : null;
        default:
            return null;
    }
}
const READINGS = [{ standardConformingStrings: true }, { standardConformingStrings: false }];
/**
 * The first statement that controls the transaction, or null: BEGIN, START
 * TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE [SAVEPOINT],
 * ROLLBACK TO [SAVEPOINT], PREPARE TRANSACTION, COMMIT PREPARED, ROLLBACK
 * PREPARED. Words inside literals, quoted identifiers, comments, dollar-quoted
 * bodies (`DO $$ BEGIN ... END $$`) and `BEGIN ATOMIC` bodies do not count.
 * The text is read with standard_conforming_strings on and off; the earliest
 * finding of either reading is returned.
 */
export function findTransactionControl(sql) {
    let found = null;
    for (const reading of READINGS) {
        for (const stmt of splitSqlStatements(sql, reading)) {
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
        const concurrently = stmt.tokens.some((t) => t.kind === "word" && keywordOf(t.text) === "CONCURRENTLY");
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

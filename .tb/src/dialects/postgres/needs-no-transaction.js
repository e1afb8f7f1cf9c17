import { keywordOf, leadingWords, splitSqlStatements } from "./sql-scan.js";
import { findNonTransactionalStatement } from "./transaction-control.js";
/** Why `op` cannot run inside a transaction block, or null. */
export function noTransactionReason(op, context) {
    const oldServer = context?.serverVersion !== undefined && context.serverVersion < 120000;
    switch (op.kind) {
        case "createIndex":
        case "dropIndex":
            return op.concurrently ? `${op.kind === "createIndex" ? "CREATE" : "DROP"} INDEX CONCURRENTLY cannot run in a transaction` : null;
        case "addEnumValue":
            return oldServer ? "ALTER TYPE ... ADD VALUE cannot run in a transaction before PostgreSQL 12" : null;
        case "execute": {
            const found = findNonTransactionalStatement(op.sql);
            if (found)
                return `${found.keyword} cannot run in a transaction`;
            if (oldServer) {
                for (const stmt of splitSqlStatements(op.sql)) {
                    const [a, b] = leadingWords(stmt, 2);
                    const words = stmt.tokens.filter((t) => t.kind === "word").map((t) => keywordOf(t.text));
                    const addAt = words.indexOf("ADD");
                    if (a === "ALTER" && b === "TYPE" && addAt > 0 && words[addAt + 1] === "VALUE")
                        return "ALTER TYPE ... ADD VALUE cannot run in a transaction before PostgreSQL 12";
                }
            }
            return null;
        }
        default:
            return null;
    }
}

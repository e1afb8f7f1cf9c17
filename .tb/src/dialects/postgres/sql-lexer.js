import { noTransactionReason } from "./needs-no-transaction.js";
import { keywordOf, splitSqlStatements } from "./sql-scan.js";
import { findNonTransactionalStatement, findTransactionControl } from "./transaction-control.js";
function splitStatements(sql) {
    return splitSqlStatements(sql).map((stmt) => {
        const keywords = stmt.tokens.map((t) => (t.kind === "word" ? keywordOf(t.text) : null));
        const firstOther = keywords.indexOf(null);
        return {
            text: stmt.text,
            start: stmt.start,
            end: stmt.end,
            leadingKeywords: (firstOther < 0 ? keywords : keywords.slice(0, firstOther)),
            keywords: keywords.filter((k) => k !== null),
        };
    });
}
export const postgresSqlLexer = {
    splitStatements,
    findTransactionControl,
    findNonTransactionalStatement,
    noTransactionReason,
};

import { defaultDialect } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
export function transactionControlError(finding, where = "op.execute()") {
    const excerpt = finding.statement.length > 60 ? `${finding.statement.slice(0, 57)}...` : finding.statement;
    return new AthanorError("OPERATION.TRANSACTION_CONTROL", `${where} refuses transaction control (${finding.keyword}) in SQL: ${JSON.stringify(excerpt)}. ` +
        "Athanor manages transactions itself; to run statements outside a transaction, " +
        "use `export const transactional = false` in the revision or wrap them in `op.autocommit(async () => { ... })`.");
}
/**
 * Throws when `sql` controls the transaction, as `lexer` reads it. Without a
 * lexer (`op.execute()` and `op.query()` are checked when they are called,
 * before the run's dialect is at hand) the default dialect's reads it; the
 * renderer checks `op.execute()` again with its own.
 */
export function assertNoTransactionControl(sql, where, lexer = defaultDialect().sqlLexer) {
    const finding = lexer.findTransactionControl(sql);
    if (finding)
        throw transactionControlError(finding, where);
}

/**
 * Transaction control in user SQL is refused inside migrations: Athanor
 * manages transactions itself. Finding it is the dialect's lexer's job
 * (SqlLexer.findTransactionControl); this is the refusal.
 */
import type { SqlLexer, StatementFinding } from "../dialects/dialect.js";
import { defaultDialect } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";

export type { StatementFinding } from "../dialects/dialect.js";

export function transactionControlError(finding: StatementFinding, where = "op.execute()"): AthanorError {
  const excerpt = finding.statement.length > 60 ? `${finding.statement.slice(0, 57)}...` : finding.statement;
  return new AthanorError(
    "OPERATION.TRANSACTION_CONTROL",
    `${where} refuses transaction control (${finding.keyword}) in SQL: ${JSON.stringify(excerpt)}. ` +
      "Athanor manages transactions itself; to run statements outside a transaction, " +
      "use `export const transactional = false` in the revision or wrap them in `op.autocommit(async () => { ... })`.",
  );
}

/**
 * Throws when `sql` controls the transaction, as `lexer` reads it. Without a
 * lexer (`op.execute()` and `op.query()` are checked when they are called,
 * before the run's dialect is at hand) the default dialect's reads it; the
 * renderer checks `op.execute()` again with its own.
 */
export function assertNoTransactionControl(sql: string, where?: string, lexer: SqlLexer = defaultDialect().sqlLexer): void {
  const finding = lexer.findTransactionControl(sql);
  if (finding) throw transactionControlError(finding, where);
}

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
  const what = finding.refusal ? finding.keyword : `transaction control (${finding.keyword})`;
  return new AthanorError("OPERATION.TRANSACTION_CONTROL", `${where} refuses ${what} in SQL: ${JSON.stringify(excerpt)}: ${finding.refusal ?? advice(finding.keyword)}`);
}

/**
 * Why, and what to do. The refusal holds in every revision: in a
 * non-transactional one, or an `op.autocommit()` block, a BEGIN would open a
 * transaction that swallows what follows, Athanor's own records included.
 * So the advice is to remove the statement, not to move it there.
 */
function advice(keyword: string): string {
  if (keyword === "LOCK TABLES" || keyword === "UNLOCK TABLES")
    return (
      "LOCK TABLES commits the revision's transaction and, until UNLOCK TABLES, keeps the session from every other table, " +
      "Athanor's version table included; remove LOCK TABLES and UNLOCK TABLES (mysqldump writes them around its INSERTs for speed: the INSERTs do the same without them)"
    );
  return (
    "Athanor manages transactions itself, in every revision (`transactional = false` and `op.autocommit()` included): remove the statement; " +
    "to run statements outside the revision's transaction, put them, without BEGIN/COMMIT, in a revision with `export const transactional = false` " +
    "or in `op.autocommit(async () => { ... })`"
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

/**
 * Transaction control in user SQL is refused inside migrations: Athanor
 * manages transactions itself. Finding it is the dialect's lexer's job
 * (SqlLexer.findTransactionControl); this is the refusal.
 */
import type { SqlLexer, StatementFinding } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
export type { StatementFinding } from "../dialects/dialect.js";
export declare function transactionControlError(finding: StatementFinding, where?: string): AthanorError;
/**
 * Throws when `sql` controls the transaction, as `lexer` reads it. Without a
 * lexer (`op.execute()` and `op.query()` are checked when they are called,
 * before the run's dialect is at hand) the default dialect's reads it; the
 * renderer checks `op.execute()` again with its own.
 */
export declare function assertNoTransactionControl(sql: string, where?: string, lexer?: SqlLexer): void;

/**
 * Facts about ops for lint, logging and the runner: does an op destroy data,
 * must it run outside a transaction, and a one-line description.
 */
import type { Dialect, TransactionContext as DialectTransactionContext } from "../dialects/dialect.js";
import { type Operation } from "./operation.js";
/** Why `op` may destroy data, or null. Raw SQL is read by `dialect`'s lexer (default: the first built-in dialect). */
export declare function destructiveReason(op: Operation, dialect?: Dialect): string | null;
/** True when `op` may destroy data (drops, type changes, DROP/TRUNCATE/DELETE in raw SQL). */
export declare function isDestructive(op: Operation, dialect?: Dialect): boolean;
export interface TransactionContext extends DialectTransactionContext {
    /** The dialect whose rules apply (default: the first built-in dialect, PostgreSQL). */
    readonly dialect?: Dialect;
}
/** Why `op` cannot run inside a transaction block, or null: the dialect's rules (SqlLexer.noTransactionReason). */
export declare function noTransactionReason(op: Operation, context?: TransactionContext): string | null;
/** True when `op` can't run in a transaction (PostgreSQL: CONCURRENTLY index ops, VACUUM-like raw SQL, ADD VALUE before 12). */
export declare function requiresNoTransaction(op: Operation, context?: TransactionContext): boolean;
/** One line for logs: `add column public.users.email`. */
export declare function describeOperation(op: Operation): string;

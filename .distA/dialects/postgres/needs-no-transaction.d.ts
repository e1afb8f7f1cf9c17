/**
 * PostgreSQL's rules for operations that can't run inside a transaction
 * block: CONCURRENTLY index builds, VACUUM and the like in raw SQL, and
 * `ALTER TYPE ... ADD VALUE` before PostgreSQL 12.
 */
import type { TransactionContext } from "../dialect.js";
import type { Operation } from "../../operations/operation.js";
/** Why `op` cannot run inside a transaction block, or null. */
export declare function noTransactionReason(op: Operation, context?: TransactionContext): string | null;

/**
 * `op.execute` and `op.bulkInsert` on SQLite: `?` placeholders, values
 * bound as SQLite stores them (booleans 0/1, dates ISO-8601 text, objects
 * and arrays JSON text).
 */
import { type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32766 (since 3.32); stay below it. */
export declare const MAX_PARAMS_PER_STATEMENT = 30000;
export declare const MAX_ROWS_PER_STATEMENT = 500;
/** A value as SQLite binds it. */
export declare function bindValue(value: unknown): unknown;
/** `$n` placeholders stay as written: the connection binds them, an offline script inlines them (placeholders.ts). */
export declare function renderExecute(op: ExecuteOp): SqlStatement[];
/**
 * Multi-row `INSERT ... VALUES (?, ?), (?, ?)` with every value bound;
 * `sql()` cells are inlined as SQL. SQLite has no `DEFAULT` in VALUES: rows
 * are grouped by the columns they set, so a missing cell takes the default.
 */
export declare function renderBulkInsert(op: BulkInsertOp): SqlStatement[];

/** Data operations for MySQL/MariaDB: values bound as `?` parameters (mysql2). */
import { type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
/** MySQL's prepared statements take at most 65,535 parameters; stay well below. */
export declare const MAX_PARAMS_PER_STATEMENT = 30000;
export declare const MAX_ROWS_PER_STATEMENT = 1000;
/** The SQL as written; its `$1`, `$2`, … (as on every dialect) become `?` with the values in order. */
export declare function renderExecute(op: ExecuteOp): SqlStatement[];
/** Multi-row `INSERT ... VALUES (?, ?), (?, DEFAULT)`; `sql()` cells as written, missing cells DEFAULT. */
export declare function renderBulkInsert(op: BulkInsertOp): SqlStatement[];

import { type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
/** PostgreSQL accepts at most 65535 bind parameters per statement; stay well below. */
export declare const MAX_PARAMS_PER_STATEMENT = 30000;
export declare const MAX_ROWS_PER_STATEMENT = 1000;
export declare function renderExecute(op: ExecuteOp): SqlStatement[];
/**
 * Multi-row `INSERT ... VALUES ($1, $2), ($3, DEFAULT)` statements with every
 * value bound; `sql()` cells are inlined as SQL, missing cells are DEFAULT.
 */
export declare function renderBulkInsert(op: BulkInsertOp): SqlStatement[];

import { bulkInsertColumns, type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
import { qualify, quoteList } from "./quote.js";
import { statementsWithOwnParams } from "./statement-params.js";
import { type BulkInsertStyle, bulkInsertStatements } from "../bulk-insert-sql.js";

/** PostgreSQL accepts at most 65535 bind parameters per statement; stay well below. */
export const MAX_PARAMS_PER_STATEMENT = 30_000;
export const MAX_ROWS_PER_STATEMENT = 1_000;

const POSTGRES_ROWS: BulkInsertStyle = {
  maxRows: MAX_ROWS_PER_STATEMENT,
  maxParams: MAX_PARAMS_PER_STATEMENT,
  placeholder: (n) => `$${n}`,
  bind: (v) => v,
};

export function renderExecute(op: ExecuteOp): SqlStatement[] {
  // without values the text goes as it is (the simple protocol runs several statements); with values, one prepared statement each
  return op.params && op.params.length > 0 ? statementsWithOwnParams(op.sql, op.params) : [{ sql: op.sql }];
}

/**
 * Multi-row `INSERT ... VALUES ($1, $2), ($3, DEFAULT)` statements with every
 * value bound; `sql()` cells are inlined as SQL, missing cells are DEFAULT.
 */
export function renderBulkInsert(op: BulkInsertOp): SqlStatement[] {
  if (op.rows.length === 0) return [];
  const columns = bulkInsertColumns(op.rows);
  const head = `INSERT INTO ${qualify(op.table, op.schema)} (${quoteList(columns)}) VALUES `;
  return bulkInsertStatements(head, columns, op.rows, POSTGRES_ROWS);
}

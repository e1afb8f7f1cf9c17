/** Data operations for MySQL/MariaDB: values bound as `?` parameters (mysql2). */
import { bulkInsertColumns, type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
import { bindValue } from "./literal.js";
import { numberedToPositional } from "./placeholders.js";
import { qualify, quoteList } from "./quote.js";
import { type BulkInsertStyle, bulkInsertStatements } from "../bulk-insert-sql.js";

/** MySQL's prepared statements take at most 65,535 parameters; stay well below. */
export const MAX_PARAMS_PER_STATEMENT = 30_000;
export const MAX_ROWS_PER_STATEMENT = 1_000;

const MYSQL_ROWS: BulkInsertStyle = { maxRows: MAX_ROWS_PER_STATEMENT, maxParams: MAX_PARAMS_PER_STATEMENT, placeholder: () => "?", bind: bindValue };

/** The SQL as written; its `$1`, `$2`, … (as on every dialect) become `?` with the values in order. */
export function renderExecute(op: ExecuteOp): SqlStatement[] {
  if (!op.params || op.params.length === 0) return [{ sql: op.sql }];
  const { sql, params } = numberedToPositional(op.sql, op.params);
  return [{ sql, params: params.map(bindValue) }];
}

/** Multi-row `INSERT ... VALUES (?, ?), (?, DEFAULT)`; `sql()` cells as written, missing cells DEFAULT. */
export function renderBulkInsert(op: BulkInsertOp): SqlStatement[] {
  if (op.rows.length === 0) return [];
  const columns = bulkInsertColumns(op.rows);
  const head = `INSERT INTO ${qualify(op.table, op.schema)} (${quoteList(columns)}) VALUES `;
  return bulkInsertStatements(head, columns, op.rows, MYSQL_ROWS);
}

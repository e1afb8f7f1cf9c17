/** Data operations for MySQL/MariaDB: values bound as `?` parameters (mysql2). */
import { bulkInsertColumns, type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
import { bindValue } from "./literal.js";
import { numberedToPositional } from "./placeholders.js";
import { splitSqlStatements } from "./sql-scan.js";
import { qualify, quoteList } from "./quote.js";
import { type BulkInsertStyle, bulkInsertStatements } from "../bulk-insert-sql.js";

/** MySQL's prepared statements take at most 65,535 parameters; stay well below. */
export const MAX_PARAMS_PER_STATEMENT = 30_000;
export const MAX_ROWS_PER_STATEMENT = 1_000;

const MYSQL_ROWS: BulkInsertStyle = { maxRows: MAX_ROWS_PER_STATEMENT, maxParams: MAX_PARAMS_PER_STATEMENT, placeholder: () => "?", bind: bindValue };

/**
 * The SQL as written, one statement at a time: mysql2 runs one statement per
 * query, so several in one string (`CREATE TABLE a ...; CREATE TABLE b ...`,
 * or a script with `DELIMITER` lines around a trigger) are cut where the
 * mysql client would cut them (sql-scan.ts: not inside strings, comments or
 * a stored program's body; DELIMITER lines are the client's, not SQL). Each
 * one runs and is counted by itself, as in an offline script. Each
 * statement's `$1`, `$2`, … (as on every dialect) become `?` with the values
 * it uses, in order.
 */
export function renderExecute(op: ExecuteOp): SqlStatement[] {
  const statements = splitSqlStatements(op.sql);
  // one statement is sent as written (its comments too), unless the client's DELIMITER command is in it
  const asWritten = statements.length <= 1 && !/^[ \t]*delimiter[ \t]/im.test(op.sql);
  const texts = asWritten ? [op.sql] : statements.map((s) => s.text);
  return texts.map((text) => {
    if (!op.params || op.params.length === 0) return { sql: text };
    const { sql, params } = numberedToPositional(text, op.params);
    return params.length === 0 ? { sql } : { sql, params: params.map(bindValue) };
  });
}

/** Multi-row `INSERT ... VALUES (?, ?), (?, DEFAULT)`; `sql()` cells as written, missing cells DEFAULT. */
export function renderBulkInsert(op: BulkInsertOp): SqlStatement[] {
  if (op.rows.length === 0) return [];
  const columns = bulkInsertColumns(op.rows);
  const head = `INSERT INTO ${qualify(op.table, op.schema)} (${quoteList(columns)}) VALUES `;
  return bulkInsertStatements(head, columns, op.rows, MYSQL_ROWS);
}

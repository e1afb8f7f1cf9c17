import { bulkInsertColumns, type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import type { SqlStatement } from "../dialect.js";
import { findClientCommand } from "./client-commands.js";
import { qualify, quoteList } from "./quote.js";
import { splitSqlStatements } from "./sql-scan.js";
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

/**
 * Several statements run one at a time, as psql runs them from an offline script: sent as one simple-protocol
 * query they would be one implicit transaction, so in a revision with `transactional = false` a `CREATE INDEX
 * CONCURRENTLY` among them failed online ("cannot run inside a transaction block") while the script ran, and a
 * failure undid the statements before it that psql had committed. Each statement is also counted and reported by
 * itself. One statement goes as written (its comments too), and so does SQL with psql's own lines (refused online);
 * with values, each statement takes the `$n` it uses.
 */
export function renderExecute(op: ExecuteOp): SqlStatement[] {
  if (op.params && op.params.length > 0) return statementsWithOwnParams(op.sql, op.params);
  // psql's own lines (COPY ... FROM STDIN and its data, `\restrict`) only an offline script can run: kept as written
  if (findClientCommand(op.sql)) return [{ sql: op.sql }];
  const statements = splitSqlStatements(op.sql);
  return statements.length <= 1 ? [{ sql: op.sql }] : statements.map((s) => ({ sql: s.text }));
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

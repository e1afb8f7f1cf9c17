/**
 * `op.execute` and `op.bulkInsert` on SQLite: `?` placeholders, values
 * bound as SQLite stores them (booleans 0/1, dates ISO-8601 text, objects
 * and arrays JSON text).
 */
import { bulkInsertColumns, type BulkInsertOp } from "../../operations/bulk-insert.js";
import type { ExecuteOp } from "../../operations/execute.js";
import { isPlainObject } from "../../schema/value.js";
import type { SqlStatement } from "../dialect.js";
import { dateText } from "./literal.js";
import { quoteIdentifier, quoteList } from "./quote.js";
import { numberedToPositional, sqlPieces } from "./placeholders.js";
import { sqliteSqlLexer } from "./sql-lexer.js";
import { AthanorError } from "../../errors.js";
import { type BulkInsertStyle, bulkInsertStatements } from "../bulk-insert-sql.js";

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32766 (since 3.32); stay below it. */
export const MAX_PARAMS_PER_STATEMENT = 30_000;
export const MAX_ROWS_PER_STATEMENT = 500;

/** A value as SQLite binds it. */
export function bindValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return dateText(value);
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  return value;
}

const SQLITE_ROWS: BulkInsertStyle = { maxRows: MAX_ROWS_PER_STATEMENT, maxParams: MAX_PARAMS_PER_STATEMENT, placeholder: () => "?", bind: bindValue };

/**
 * `$n` placeholders stay as written: the connection binds them, an offline script inlines them (placeholders.ts).
 * Several statements in one string are cut where SQLite ends a statement (a trigger's `BEGIN ... END` is one) and
 * run one by one, as the sqlite3 shell runs an offline script: a failure names the statement that failed (not the
 * head of the whole string), and in a revision with `transactional = false` the ones that committed before it are
 * reported. One statement goes as written (its comments too). With values, each statement takes the `$n` values it
 * uses (as `?`). SQLite's own `?` can't say which statement a value belongs to: several statements with `?` values
 * are refused.
 */
export function renderExecute(op: ExecuteOp): SqlStatement[] {
  const statements = sqliteSqlLexer.splitStatements(op.sql);
  if (!op.params || op.params.length === 0) {
    return statements.length <= 1 ? [{ sql: op.sql }] : statements.map((s) => ({ sql: s.text }));
  }
  const params = op.params.map(bindValue);
  if (statements.length <= 1) return [{ sql: op.sql, params }];
  return statements.map((s) => {
    const numbered = numberedToPositional(s.text, params);
    if (numbered.sql !== s.text) return { sql: numbered.sql, params: [...numbered.params] };
    if (sqlPieces(s.text).some((p) => p.kind === "code" && p.text.includes("?")))
      throw new AthanorError(
        "DIALECT.MISSING_PARAMETER",
        `op.execute() with values and ${statements.length} statements: number the values ($1, $2, …) so that each statement takes its own; ? can't say which statement a value belongs to`,
      );
    return { sql: s.text };
  });
}

/**
 * Multi-row `INSERT ... VALUES (?, ?), (?, ?)` with every value bound;
 * `sql()` cells are inlined as SQL. SQLite has no `DEFAULT` in VALUES: rows
 * are grouped by the columns they set, so a missing cell takes the default.
 */
export function renderBulkInsert(op: BulkInsertOp): SqlStatement[] {
  const out: SqlStatement[] = [];
  let group: BulkInsertOp["rows"][number][] = [];
  let key = "";
  const flush = () => {
    if (group.length > 0) out.push(...insertGroup(op.table, group));
    group = [];
  };
  for (const row of op.rows) {
    const columns = bulkInsertColumns([row]);
    const k = JSON.stringify(columns);
    if (k !== key) {
      flush();
      key = k;
    }
    group.push(row);
  }
  flush();
  return out;
}

function insertGroup(table: string, rows: BulkInsertOp["rows"]): SqlStatement[] {
  const columns = bulkInsertColumns(rows);
  if (columns.length === 0) return rows.map(() => ({ sql: `INSERT INTO ${quoteIdentifier(table)} DEFAULT VALUES` }));
  const head = `INSERT INTO ${quoteIdentifier(table)} (${quoteList(columns)}) VALUES `;
  // the rows of a group set the same columns: no cell is missing
  return bulkInsertStatements(head, columns, rows, SQLITE_ROWS);
}

/**
 * Multi-row `INSERT ... VALUES (...), (...)` statements, the part every
 * dialect's `op.bulkInsert` shares: rows cut into statements under the
 * dialect's limits on rows and bound values, every value bound, `sql()`
 * cells written as SQL, a missing cell `DEFAULT`.
 */
import { isSqlExpression } from "../schema/sql-expression.js";
import type { RowValues } from "../schema/value.js";
import type { SqlStatement } from "./dialect.js";

export interface BulkInsertStyle {
  /** Rows in one statement at most. */
  readonly maxRows: number;
  /** Bound values in one statement at most. */
  readonly maxParams: number;
  /** The placeholder of the statement's n-th value, from 1 (`$1`, `?`). */
  placeholder(n: number): string;
  /** A value as the driver binds it. */
  bind(value: unknown): unknown;
}

/** `head` is `INSERT INTO <table> (<columns>) VALUES `; `columns` in that order. */
export function bulkInsertStatements(head: string, columns: readonly string[], rows: readonly RowValues[], style: BulkInsertStyle): SqlStatement[] {
  const perStatement = Math.max(1, Math.min(style.maxRows, Math.floor(style.maxParams / Math.max(1, columns.length))));
  const out: SqlStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const cells = columns.map((c) => {
        const v = row[c];
        if (v === undefined) return "DEFAULT";
        if (isSqlExpression(v)) return v.sql;
        params.push(style.bind(v));
        return style.placeholder(params.length);
      });
      return `(${cells.join(", ")})`;
    });
    out.push(params.length > 0 ? { sql: head + tuples.join(", "), params } : { sql: head + tuples.join(", ") });
  }
  return out;
}

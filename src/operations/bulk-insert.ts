import { tsArray, tsObject, tsOptString, tsString, tsValue } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { isPlainObject, type RowValues } from "../schema/value.js";
import { describeInvalidValue } from "../schema/value-check.js";
import { compact, irreversible, label, operationError, type ReverseResult, tsCall } from "./common.js";

export interface BulkInsertOp {
  readonly kind: "bulkInsert";
  readonly table: string;
  readonly schema?: string;
  /** Rows keyed by column name; a missing key or `undefined` inserts the column's DEFAULT. */
  readonly rows: readonly RowValues[];
}

export function bulkInsertOp(table: string, rows: readonly RowValues[], options?: { readonly schema?: string }): BulkInsertOp {
  return compact({ kind: "bulkInsert" as const, table, schema: options?.schema, rows });
}

/** Column names in first-seen order across all rows. */
export function bulkInsertColumns(rows: readonly RowValues[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (v !== undefined) seen.add(k);
  return [...seen];
}

export function validateBulkInsert(op: BulkInsertOp): void {
  assertName(op.table, "bulkInsert: table name");
  if (!Array.isArray(op.rows)) throw operationError(`bulkInsert into "${op.table}": rows must be an array`);
  op.rows.forEach((row, i) => {
    if (!isPlainObject(row)) throw operationError(`bulkInsert into "${op.table}": row ${i + 1} must be a plain object`);
    for (const [k, v] of Object.entries(row)) {
      assertName(k, `bulkInsert into "${op.table}": column name`);
      if (v === undefined) continue;
      const bad = describeInvalidValue(v, true);
      if (bad) throw operationError(`bulkInsert into "${op.table}": row ${i + 1}, column "${k}" ${bad}`);
    }
  });
  if (op.rows.length > 0 && bulkInsertColumns(op.rows).length === 0)
    throw operationError(`bulkInsert into "${op.table}": rows have no columns`);
}

export function reverseBulkInsert(op: BulkInsertOp): ReverseResult {
  return irreversible(`bulkInsert into ${label(op.table, op.schema)}: inserted rows cannot be identified for deletion`);
}

export function renderBulkInsertTs(op: BulkInsertOp): string {
  const rows = op.rows.map((row) =>
    tsObject(Object.entries(row).map(([k, v]) => [k, v === undefined ? undefined : tsValue(v)] as const)),
  );
  return tsCall("bulkInsert", [tsString(op.table), tsArray(rows)], [["schema", tsOptString(op.schema)]]);
}

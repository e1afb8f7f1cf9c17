import type { ColumnType } from "../../../../schema/column-type.js";
import { isNewColumn, isNewTable, operationRule, tableName, typeBefore, typeLabel, where } from "../../../../lint/rule-helpers.js";

/** Whether changing `from` to `to` keeps the stored bytes (no rewrite): longer or unbounded varchar, text, wider numeric. */
export function changeKeepsData(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === "varchar" && (to.kind === "text" || (to.kind === "varchar" && (to.length === undefined || (from.length !== undefined && to.length >= from.length)))))
    return true;
  if (from.kind === "text" && to.kind === "varchar" && to.length === undefined) return true;
  if (from.kind === "numeric" && to.kind === "numeric") {
    if (to.precision === undefined) return true;
    return from.precision !== undefined && (from.scale ?? 0) === (to.scale ?? 0) && to.precision >= from.precision;
  }
  if (from.kind === "raw" && to.kind === "raw") return from.sql.toLowerCase() === to.sql.toLowerCase();
  return false;
}

/** A column's type changed in a way that rewrites the table (or may). */
export const typeChangeRewrite = operationRule(
  {
    id: "type-change-rewrite",
    severity: "error",
    summary: "a column type change that rewrites the table",
    lock:
      "ALTER COLUMN TYPE takes ACCESS EXCLUSIVE and, unless the new type stores the same bytes (varchar(n) to a longer varchar or text, a wider numeric), rewrites the table and its indexes: reads and writes wait for the rewrite.",
    recipe:
      "Add a new column of the new type, write to both (a trigger or the application), backfill in batches, switch reads, then drop the old column in a later revision. Give `existingType` so that safe changes are recognised.",
  },
  (op, item, context, items) => {
    if (op.kind !== "alterColumn" || op.type === undefined || isNewTable(item, op.table)) return null;
    const at = `${tableName(op.table, op.schema)}.${op.column}`;
    // a column added earlier in the revision is rewritten with its table all the same; its type from the ADD is the old one
    const isAdded = isNewColumn(item, op.table, op.column);
    const existingType = op.existingType ?? (isAdded ? typeBefore(items, item, context, op.table, op.column, op.schema) : undefined);
    const added = isAdded ? " (the column is added in this revision, but its table is not new: give the column its final type when adding it)" : "";
    if (existingType === undefined)
      return `the type of ${at} changes to ${typeLabel(op.type)}: unless the old type stores the same bytes, the table is rewritten under ACCESS EXCLUSIVE${added}${where(item)}`;
    if (changeKeepsData(existingType, op.type)) return null;
    return `the type of ${at} changes from ${typeLabel(existingType)} to ${typeLabel(op.type)}: the table is rewritten under ACCESS EXCLUSIVE${added}${where(item)}`;
  },
);

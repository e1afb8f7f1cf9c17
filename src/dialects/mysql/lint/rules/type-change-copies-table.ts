import type { ColumnType } from "../../../../schema/column-type.js";
import { key, type LintItem } from "../../../../lint/types.js";
import { isNewColumn, isNewTable, operationRule, tableName, typeBefore, typeLabel, where } from "../../../../lint/rule-helpers.js";

/** Most bytes a character takes in a character set (utf8mb4, the default, when not said). */
function bytesPerChar(charset: string | undefined): number {
  const c = (charset ?? "utf8mb4").toLowerCase();
  if (c === "latin1" || c === "ascii" || c === "binary" || c.startsWith("latin") || c.startsWith("cp125")) return 1;
  if (c === "ucs2") return 2;
  if (c === "utf8" || c === "utf8mb3") return 3;
  return 4;
}

/**
 * Whether InnoDB changes `from` to `to` in place: the same type, or a VARCHAR
 * made longer without crossing 255 bytes of length (the length prefix stays
 * one or two bytes: 63 characters in utf8mb4, the default character set; 255
 * in latin1).
 */
export function changesInPlace(from: ColumnType, to: ColumnType, charset?: string): boolean {
  if (JSON.stringify(from) === JSON.stringify(to)) return true;
  if (from.kind === "varchar" && to.kind === "varchar" && from.length !== undefined && to.length !== undefined && to.length >= from.length) {
    const bytes = bytesPerChar(charset);
    return from.length * bytes > 255 || to.length * bytes <= 255;
  }
  return false;
}

/** The CHARACTER SET an earlier step of the revision gave the column (an ADD COLUMN or a MODIFY/CHANGE that named one). */
function charsetAdded(items: readonly LintItem[], item: LintItem, table: string, column: string): string | undefined {
  let found: string | undefined;
  const target = `${key(table)}.${key(column)}`;
  for (const earlier of items) {
    if (earlier === item) break;
    const e = earlier.subject.kind === "operation" ? earlier.subject.op : null;
    if (e?.kind === "addColumn" && `${key(e.table)}.${key(e.column.name)}` === target) found = e.column.mysql?.charset;
    else if (e?.kind === "createTable") {
      const c = e.columns.find((c) => `${key(e.table)}.${key(c.name)}` === target);
      if (c) found = c.mysql?.charset;
    } else if (e?.kind === "alterColumn" && `${key(e.table)}.${key(e.newName ?? e.column)}` === target && e.type !== undefined) found = e.mysql?.charset;
  }
  return found;
}

/** A column's type changed (or restated by MODIFY/CHANGE) without ALGORITHM=INPLACE/INSTANT: the table may be copied. */
export const typeChangeCopiesTable = operationRule(
  {
    id: "type-change-copies-table",
    severity: "error",
    usesHistory: true,
    summary: "a column type change on MySQL or MariaDB that copies the table (ALGORITHM=COPY)",
    lock:
      "Changing a column's type (other than making a VARCHAR longer within the same length prefix) rebuilds the table with ALGORITHM=COPY: inserts, updates and deletes wait for the whole copy, and the table needs twice its space meanwhile. MODIFY and CHANGE restate the column's type, so in raw SQL any of them may do it.",
    recipe:
      "Say how the server may do it: `mysql: { algorithm: \"inplace\", lock: \"none\" }` on op.alterColumn (or `, ALGORITHM=INPLACE, LOCK=NONE` in the SQL) makes it refuse at once instead of copying. For a real type change on a large table, add a column of the new type, backfill it in batches, switch the application, and drop the old column in a later revision, or run the change with an online schema-change tool (gh-ost, pt-online-schema-change). Give `existingType` so that in-place changes are recognised.",
  },
  (op, item, context, items) => {
    if (op.kind !== "alterColumn" || op.type === undefined || op.type.kind === "enum" || isNewTable(item, op.table)) return null;
    const algorithm = op.mysql?.algorithm;
    if (algorithm === "inplace" || algorithm === "instant") return null;
    const at = `${tableName(op.table, op.schema)}.${op.column}`;
    // a column added earlier in the revision: its type is known, and its table is copied all the same
    const added = isNewColumn(item, op.table, op.column);
    const existingType = op.existingType ?? typeBefore(items, item, context, op.table, op.column, op.schema);
    const note = added ? " (the column is added in this revision, but its table is not new: give the column its final type when adding it)" : "";
    if (existingType === undefined) {
      const how = item.subject.kind === "operation" && item.subject.sql !== undefined ? "is redefined (MODIFY/CHANGE)" : `changes to ${typeLabel(op.type)}`;
      return `the type of ${at} ${how} without ALGORITHM=INPLACE: unless its type stays the same, the table is copied while writes wait${note}${where(item)}`;
    }
    const charset = op.mysql?.charset;
    // a CHARACTER SET in MODIFY/CHANGE SQL: the one the column had is not known; op.alterColumn without existingMysql keeps it
    const fromSql = item.subject.kind === "operation" && item.subject.sql !== undefined;
    const charsetBefore =
      op.existingMysql !== undefined ? op.existingMysql.charset : fromSql || added ? (charsetAdded(items, item, op.table, op.column) ?? context.columnCharsetBefore?.(op.table, op.column, op.schema) ?? undefined) : charset;
    if (charset !== undefined && charset.toLowerCase() !== charsetBefore?.toLowerCase())
      return `the character set of ${at} ${charsetBefore === undefined ? `is set to ${charset}: unless it is the column's present one` : `changes from ${charsetBefore} to ${charset}: every value is re-encoded, so`} the table is copied (ALGORITHM=COPY) while writes wait${note}${where(item)}`;
    // MODIFY/CHANGE without CHARACTER SET gives the column its table's default set, not the one it had
    if (charset === undefined && fromSql && charsetBefore !== undefined)
      return `${at} had CHARACTER SET ${charsetBefore} and this MODIFY/CHANGE names none: the column takes its table's default character set, so unless that is ${charsetBefore} every value is re-encoded and the table is copied (ALGORITHM=COPY) while writes wait; repeat CHARACTER SET ${charsetBefore} to keep it${note}${where(item)}`;
    if (changesInPlace(existingType, op.type, charset ?? charsetBefore)) return null;
    return `the type of ${at} changes from ${typeLabel(existingType)} to ${typeLabel(op.type)}: the table is copied (ALGORITHM=COPY) while writes wait${note}${where(item)}`;
  },
);

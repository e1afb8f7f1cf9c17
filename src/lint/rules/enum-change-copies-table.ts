import type { Operation } from "../../operations/operation.js";
import { isNewTable, operationRule, tableName, where } from "../rule-helpers.js";
import { key, type LintContext, type LintItem } from "../types.js";

/** ENUM takes 1 byte up to 255 values, 2 bytes beyond: crossing it changes the storage size, which copies the table. */
const ONE_BYTE = 255;

/** The column's values before `item`: the operation's `existingType`, an earlier operation of the revision, or the history. */
function valuesBefore(op: Operation & { kind: "alterColumn" }, item: LintItem, items: readonly LintItem[], context: LintContext): readonly string[] | undefined {
  if (op.existingType?.kind === "enum") return op.existingType.values;
  const target = `${key(op.table)}.${key(op.column)}`;
  let found: readonly string[] | undefined;
  let seen = false;
  for (const earlier of items) {
    if (earlier === item) break;
    if (earlier.subject.kind !== "operation") continue;
    const e = earlier.subject.op;
    const type =
      e.kind === "createTable"
        ? e.columns.find((c) => `${key(e.table)}.${key(c.name)}` === target)?.type
        : e.kind === "addColumn" && `${key(e.table)}.${key(e.column.name)}` === target
          ? e.column.type
          : e.kind === "alterColumn" && `${key(e.table)}.${key(e.newName ?? e.column)}` === target
            ? e.type
            : undefined;
    if (type === undefined) continue;
    seen = true;
    found = type.kind === "enum" ? type.values : undefined;
  }
  return seen ? found : (context.enumValuesBefore?.(op.table, op.column, op.schema) ?? undefined);
}

/** An inline ENUM column type changed other than by appending values: the table is copied. */
export const enumChangeCopiesTable = operationRule(
  {
    id: "enum-change-copies-table",
    severity: "error",
    summary: "an ENUM column changed other than by appending values at the end (MySQL, MariaDB)",
    lock:
      "Removing, reordering or inserting values (or going past 255 values, which makes each value take 2 bytes) rebuilds the table with ALGORITHM=COPY: writes are blocked for the whole copy. Appending values at the end, within the same storage size, is an instant change of the metadata (ALGORITHM=INSTANT).",
    recipe:
      "Only append new values at the end of the list, and say `ALGORITHM=INSTANT` (`mysql: { algorithm: \"instant\" }`, or `, ALGORITHM=INSTANT` in the SQL) so that the server refuses a copy instead of running one. To remove a value, first stop writing it, update the rows that hold it, and accept the copy at a quiet time.",
    appliesTo: (c) => !c.namedEnums && c.alterConstraints,
    usesHistory: true,
  },
  (op, item, context, items) => {
    // a column added earlier in the revision is no exception: its table is copied all the same (its values are known)
    if (op.kind !== "alterColumn" || op.type?.kind !== "enum" || isNewTable(item, op.table)) return null;
    // ALGORITHM=NOCOPY (MariaDB) read from SQL too: the server refuses what would copy
    const algorithm: string | undefined = op.mysql?.algorithm;
    if (algorithm === "inplace" || algorithm === "instant" || algorithm === "nocopy") return null;
    const after = op.type.values;
    const before = valuesBefore(op, item, items, context);
    const at = `${tableName(op.table, op.schema)}.${op.column}`;
    if (after && before) {
      const appended = before.length <= after.length && before.every((v, i) => after[i] === v);
      if (appended && (before.length > ONE_BYTE || after.length <= ONE_BYTE)) return null;
      const why = appended ? `goes past ${ONE_BYTE} values (2 bytes a value)` : "values are removed, reordered or inserted";
      return `the enum of ${at} changes and ${why}: the table is copied while writes wait${where(item)}`;
    }
    const sql = item.subject.kind === "operation" && item.subject.sql !== undefined;
    return (
      `the enum of ${at} is ${sql ? "redefined (MODIFY/CHANGE)" : "changed"} and its values before are unknown${sql ? "" : " (give existingType)"}: ` +
      `appending values at the end is instant, while removing, reordering or inserting values copies the table while writes wait; ` +
      `add ALGORITHM=INSTANT${sql ? " to the statement" : ' (mysql: { algorithm: "instant" })'} so that the server refuses a copy${where(item)}`
    );
  },
);

import { isNewColumn, isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";
import { key, type LintItem } from "../../../../lint/types.js";

/**
 * A constraint of `table` was validated earlier in the function: the recipe's last step (VALIDATE the
 * `CHECK (c IS NOT NULL) NOT VALID` added in an earlier revision, then SET NOT NULL, which uses it and skips the
 * scan). Which check it is, is in another revision, so any VALIDATE of the table counts, as squawk counts it.
 */
function validatedBefore(items: readonly LintItem[], item: LintItem, table: string): boolean {
  for (const i of items) {
    if (i === item) return false;
    if (i.subject.kind === "statement" && i.subject.validates !== undefined && i.subject.table !== undefined && key(i.subject.table) === key(table)) return true;
  }
  return false;
}

/**
 * SET NOT NULL on a column of an existing table. A column the revision added
 * is no exception: PostgreSQL still scans every row of the table to check it
 * (the add-nullable, backfill, SET NOT NULL pattern of ORM migrations), so
 * only a table the revision created is exempt.
 */
export const setNotNull = operationRule(
  {
    id: "set-not-null",
    severity: "error",
    summary: "SET NOT NULL on a column of an existing table",
    lock: "Takes ACCESS EXCLUSIVE on the table and scans every row to check it: reads and writes wait for the whole scan. A column added earlier in the same revision is scanned all the same.",
    recipe:
      "For a column this revision adds: add it NOT NULL with a constant default in the ADD COLUMN itself (instant on PostgreSQL 11+), or add it nullable and make it NOT NULL in a later revision as follows. PostgreSQL 12+: add `CHECK (col IS NOT NULL) NOT VALID` (op.createCheckConstraint(name, table, 'col IS NOT NULL', { notValid: true })), VALIDATE it in a later revision, then SET NOT NULL (the validated check lets PostgreSQL skip the scan) and drop the check.",
  },
  (op, item, _context, items) => {
    if (op.kind !== "alterColumn" || op.nullable !== false || isNewTable(item, op.table) || validatedBefore(items, item, op.table)) return null;
    const at = `${tableName(op.table, op.schema)}.${op.column}`;
    if (isNewColumn(item, op.table, op.column))
      return `SET NOT NULL on ${at} scans the whole table under an ACCESS EXCLUSIVE lock: the column is added in this revision, but its table is not new${where(item)}`;
    return `SET NOT NULL on ${at} scans the whole table under an ACCESS EXCLUSIVE lock${where(item)}`;
  },
);

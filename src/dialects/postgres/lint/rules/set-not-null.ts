import { isNewColumn, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** SET NOT NULL on a column of an existing table. */
export const setNotNull = operationRule(
  {
    id: "set-not-null",
    severity: "error",
    summary: "SET NOT NULL on an existing column",
    lock: "Takes ACCESS EXCLUSIVE on the table and scans every row to check it: reads and writes wait for the whole scan.",
    recipe:
      "PostgreSQL 12+: add `CHECK (col IS NOT NULL) NOT VALID` (op.createCheckConstraint(name, table, 'col IS NOT NULL', { notValid: true })), VALIDATE it in a later revision, then SET NOT NULL (the validated check lets PostgreSQL skip the scan) and drop the check.",
  },
  (op, item) => {
    if (op.kind !== "alterColumn" || op.nullable !== false || isNewColumn(item, op.table, op.column)) return null;
    return `SET NOT NULL on ${tableName(op.table, op.schema)}.${op.column} scans the whole table under an ACCESS EXCLUSIVE lock${where(item)}`;
  },
);

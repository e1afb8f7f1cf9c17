import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** A unique constraint or primary key added directly to an existing table: its index is built under lock. */
export const uniqueFromIndex = operationRule(
  {
    id: "unique-from-index",
    severity: "error",
    summary: "a unique constraint or primary key added directly instead of from a concurrently built index",
    lock: "Builds the index while holding ACCESS EXCLUSIVE on the table: reads and writes wait for the whole build.",
    recipe:
      "Build the unique index with `op.createIndex(name, table, cols, { unique: true, concurrently: true })` in a non-transactional revision, then attach it: `op.execute('ALTER TABLE t ADD CONSTRAINT name UNIQUE USING INDEX name')` (or PRIMARY KEY USING INDEX), which is instant.",
  },
  (op, item) => {
    if ((op.kind !== "createUniqueConstraint" && op.kind !== "createPrimaryKey") || isNewTable(item, op.table)) return null;
    const what = op.kind === "createPrimaryKey" ? "primary key" : "unique constraint";
    return `${what}${op.name ? ` ${op.name}` : ""} is added to existing table ${tableName(op.table, op.schema)}: its index is built under ACCESS EXCLUSIVE${where(item)}`;
  },
);

import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** A unique constraint or primary key added directly to an existing table (also with a column added to it): its index is built under lock. */
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
    // ADD COLUMN c … UNIQUE / PRIMARY KEY builds the index over every row of the table too
    if (op.kind === "addColumn" && (op.column.unique === true || op.column.primaryKey === true) && !isNewTable(item, op.table)) {
      const what = op.column.primaryKey === true ? "PRIMARY KEY" : "UNIQUE";
      return `column ${tableName(op.table, op.schema)}.${op.column.name} is added with ${what} to an existing table: its index is built over every row under ACCESS EXCLUSIVE (add the column, then build the index concurrently and attach it)${where(item)}`;
    }
    if ((op.kind !== "createUniqueConstraint" && op.kind !== "createPrimaryKey") || isNewTable(item, op.table)) return null;
    const what = op.kind === "createPrimaryKey" ? "primary key" : "unique constraint";
    return `${what}${op.name ? ` ${op.name}` : ""} is added to existing table ${tableName(op.table, op.schema)}: its index is built under ACCESS EXCLUSIVE${where(item)}`;
  },
);

import { isNewTable, operationRule, tableName, where } from "../rule-helpers.js";

/** A NOT NULL column added to an existing table without a default. */
export const notNullWithoutDefault = operationRule(
  {
    id: "not-null-without-default",
    severity: "error",
    summary: "a NOT NULL column added to an existing table without a default",
    lock:
      "The existing rows have no value for it: PostgreSQL and SQLite refuse the change once the table has rows; MySQL fills in the type's implicit value (0, '') without a word. The running application's inserts, which don't name the column, fail.",
    recipe:
      "Add the column nullable (or with a constant default), backfill it in batches, then make it NOT NULL in a later revision (on PostgreSQL via a validated CHECK, see set-not-null).",
  },
  (op, item) => {
    if (op.kind !== "addColumn" || isNewTable(item, op.table)) return null;
    const c = op.column;
    const notNull = c.nullable === false || (c.nullable === undefined && (c.primaryKey === true || c.identity !== undefined));
    if (!notNull || c.default !== undefined || c.identity !== undefined || c.generated !== undefined || /serial$/.test(c.type.kind)) return null;
    return `NOT NULL column ${tableName(op.table, op.schema)}.${c.name} is added without a default: the existing rows have no value for it (PostgreSQL and SQLite refuse the change once the table has rows, MySQL stores 0 or '' in them), and the running application's inserts, which don't name it, fail${where(item)}`;
  },
);

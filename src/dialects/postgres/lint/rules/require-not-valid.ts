import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** A foreign key or CHECK added to an existing table and validated at once. */
export const requireNotValid = operationRule(
  {
    id: "require-not-valid",
    severity: "error",
    summary: "a foreign key or CHECK constraint added to an existing table without NOT VALID",
    lock:
      "Adding a foreign key takes SHARE ROW EXCLUSIVE on both tables and a CHECK takes ACCESS EXCLUSIVE, then every row is checked while the lock is held: writes (and for CHECK, reads) wait for the whole scan.",
    recipe:
      "Add it with `notValid: true` (`NOT VALID`: only new rows are checked, the lock is brief), then in a later revision `op.execute('ALTER TABLE t VALIDATE CONSTRAINT name')`, which scans under SHARE UPDATE EXCLUSIVE and blocks no reads or writes.",
  },
  (op, item) => {
    if ((op.kind !== "createForeignKey" && op.kind !== "createCheckConstraint") || op.notValid || isNewTable(item, op.table)) return null;
    const what = op.kind === "createForeignKey" ? "foreign key" : "CHECK constraint";
    return `${what}${op.name ? ` ${op.name}` : ""} is added to existing table ${tableName(op.table, op.schema)} without NOT VALID: every row is checked while the table is locked${where(item)}`;
  },
);

import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";
import { key, type LintItem, type LintRule, type RuleHit } from "../../../../lint/types.js";

/** A foreign key or CHECK added to an existing table and validated at once. */
const addedValidated = operationRule(
  {
    id: "require-not-valid",
    severity: "error",
    summary: "a foreign key or CHECK constraint added to an existing table without NOT VALID, or validated in the transaction that added it",
    lock:
      "Adding a foreign key takes SHARE ROW EXCLUSIVE on both tables and a CHECK takes ACCESS EXCLUSIVE, then every row is checked while the lock is held: writes (and for CHECK, reads) wait for the whole scan. VALIDATE CONSTRAINT in the same transaction as the ADD … NOT VALID scans while that lock is still held, so NOT VALID gains nothing.",
    recipe:
      "Add it with `notValid: true` (`NOT VALID`: only new rows are checked, the lock is brief), then in a later revision `op.execute('ALTER TABLE t VALIDATE CONSTRAINT name')`, which scans under SHARE UPDATE EXCLUSIVE and blocks no reads or writes.",
  },
  (op, item) => {
    if ((op.kind !== "createForeignKey" && op.kind !== "createCheckConstraint") || op.notValid || isNewTable(item, op.table)) return null;
    const what = op.kind === "createForeignKey" ? "foreign key" : "CHECK constraint";
    return `${what}${op.name ? ` ${op.name}` : ""} is added to existing table ${tableName(op.table, op.schema)} without NOT VALID: every row is checked while the table is locked${where(item)}`;
  },
);

/** `VALIDATE CONSTRAINT c` in the transaction whose `ADD CONSTRAINT c … NOT VALID` still holds its lock. */
function validatedInSameTransaction(items: readonly LintItem[]): RuleHit[] {
  const added = new Map<string, { what: string; table: string; lock: string }>();
  const hits: RuleHit[] = [];
  for (const item of items) {
    const s = item.subject;
    if (s.kind === "operation" && (s.op.kind === "createForeignKey" || s.op.kind === "createCheckConstraint") && s.op.notValid && s.op.name && item.inTransaction && !isNewTable(item, s.op.table)) {
      const fk = s.op.kind === "createForeignKey";
      added.set(key(s.op.name), {
        what: `${fk ? "foreign key" : "CHECK constraint"} ${s.op.name}`,
        table: tableName(s.op.table, s.op.schema),
        lock: fk ? "SHARE ROW EXCLUSIVE lock on both tables" : "ACCESS EXCLUSIVE lock",
      });
    }
    if (s.kind === "statement" && s.validates !== undefined && item.inTransaction) {
      const a = added.get(key(s.validates));
      if (a)
        hits.push({
          item,
          message: `${a.what} is validated in the transaction that added it NOT VALID: every row of ${a.table} is checked while the ADD's ${a.lock} is still held${where(item)}`,
        });
    }
  }
  return hits;
}

export const requireNotValid: LintRule = {
  ...addedValidated,
  check(items, context) {
    return [...addedValidated.check(items, context), ...validatedInSameTransaction(items)];
  },
};

/**
 * A column's type changed while a foreign key uses it, on either side: MySQL
 * and MariaDB refuse the MODIFY ("Cannot change column 'city_id': used in a
 * foreign key constraint"), and by then the revision's earlier statements
 * have committed. Found when the revision is written, with the keys named,
 * unless the revision drops those keys (or their tables) itself.
 */
import { describeType } from "../../autogenerate/types.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
import type { Operation } from "../../operations/operation.js";

export function foreignKeyColumnTypeWarnings(operations: readonly Operation[], db: DatabaseSchema): string[] {
  const droppedKeys = new Set<string>();
  const droppedTables = new Set<string>();
  for (const op of operations) {
    if (op.kind === "dropConstraint" && op.constraintType === "foreignKey") droppedKeys.add(`${op.table}\u0000${op.name}`);
    if (op.kind === "dropTable") droppedTables.add(op.table);
  }
  const warnings: string[] = [];
  for (const op of operations) {
    if (op.kind !== "alterColumn" || op.type === undefined || op.existingType === undefined) continue;
    if (JSON.stringify(op.type) === JSON.stringify(op.existingType)) continue;
    const users: string[] = [];
    for (const t of db.tables) {
      if (droppedTables.has(t.name)) continue;
      for (const fk of t.foreignKeys) {
        if (droppedKeys.has(`${t.name}\u0000${fk.name}`)) continue;
        const own = t.name === op.table && fk.columns.includes(op.column);
        const referenced = fk.refTable === op.table && fk.refColumns.includes(op.column);
        if (own || referenced) users.push(t.name === op.table ? fk.name : `${fk.name} (on ${t.name})`);
      }
    }
    if (users.length === 0) continue;
    warnings.push(
      `${op.table}.${op.column}: its type changes (${describeType(op.existingType)} -> ${describeType(op.type)}) while foreign key(s) ${users.join(", ")} use it; MySQL and MariaDB refuse that ("Cannot change column '${op.column}': used in a foreign key constraint") after the revision's earlier statements have committed: drop those keys first with op.dropConstraint, change the column on both sides to the same type, and add the keys again`,
    );
  }
  return warnings;
}

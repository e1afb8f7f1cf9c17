import { isNewColumn, isNewTable, operationRule, tableName, where } from "../rule-helpers.js";
import { replacementSteps } from "../table-replacements.js";

/** Dropping a table or a column: its data is gone, and the running application may still read it. */
export const banDrop = operationRule(
  {
    id: "ban-drop",
    severity: "error",
    summary: "a table or column dropped",
    lock:
      "Destroys data that no downgrade brings back, and the version of the application still running during a deploy fails on every query that names it. The drop itself is quick (on PostgreSQL a brief ACCESS EXCLUSIVE lock).",
    recipe:
      "First release code that no longer reads or writes the column (ORMs: mark it ignored), then drop it in a later revision. Keep a backup or a copy of the data if it may be needed. Ignore this rule on the drop once that is done: `// athanor-lint-ignore ban-drop: unused since v2.3`.",
  },
  (op, item, _context, items) => {
    // a table rebuilt by hand (dropped, and another renamed or created under its name) keeps its name and rows
    if (op.kind === "dropTable" && !isNewTable(item, op.table) && !replacementSteps(items).has(item)) return `table ${tableName(op.table, op.schema)} is dropped with its data${where(item)}`;
    if (op.kind === "dropColumn" && !isNewColumn(item, op.table, op.column))
      return `column ${tableName(op.table, op.schema)}.${op.column} is dropped with its data${where(item)}`;
    return null;
  },
);

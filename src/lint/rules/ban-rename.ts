import { isNewColumn, isNewTable, operationRule, tableName, where } from "../rule-helpers.js";
import { replacementSteps } from "../table-replacements.js";

/** Renaming a table or a column the running application uses. */
export const banRename = operationRule(
  {
    id: "ban-rename",
    severity: "error",
    summary: "a table or column renamed",
    lock:
      "The rename itself is quick (on PostgreSQL a brief ACCESS EXCLUSIVE lock), but the version of the application still running during a deploy queries the old name and fails until the new version is out.",
    recipe:
      "Expand and contract: add the new column (or table), write to both and backfill, switch reads to the new one in a release, then drop the old one in a later revision. For a table, a view with the old name over the renamed table bridges the deploy.",
  },
  (op, item, _context, items) => {
    // moved aside while a new table takes its name (a rebuild by hand): the name stays
    if (op.kind === "renameTable" && !isNewTable(item, op.table) && !replacementSteps(items).has(item))
      return `table ${tableName(op.table, op.schema)} is renamed to ${op.newName}: the running application still uses the old name${where(item)}`;
    if (op.kind === "alterColumn" && op.newName !== undefined && !isNewColumn(item, op.table, op.column))
      return `column ${tableName(op.table, op.schema)}.${op.column} is renamed to ${op.newName}: the running application still uses the old name${where(item)}`;
    return null;
  },
);

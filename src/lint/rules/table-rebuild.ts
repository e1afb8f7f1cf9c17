import { isNewTable, operationRule, tableName, where } from "../rule-helpers.js";

/** A change SQLite can only make by rebuilding the table. */
export const tableRebuild = operationRule(
  {
    id: "table-rebuild",
    severity: "error",
    summary: "a change that rebuilds an existing table (SQLite: column type, nullability, default, constraints)",
    lock:
      "The table is copied into a new one, the old one dropped and the new one renamed. With foreign keys enforced, dropping a table other tables reference deletes or refuses their rows (ON DELETE CASCADE runs); views and triggers on it must be recreated.",
    recipe:
      "Avoid the change on a table others reference, or run it in a revision with `export const transactional = false` that turns `PRAGMA foreign_keys` off before and checks `PRAGMA foreign_key_check` after (the pragma is ignored inside a transaction).",
    appliesTo: (c) => !c.alterConstraints,
  },
  (op, item) => {
    let what: string | null = null;
    let table: { table: string; schema?: string } | null = null;
    switch (op.kind) {
      case "alterColumn":
        if (op.type !== undefined || op.nullable !== undefined || op.default !== undefined) what = `altering column ${op.column}`;
        table = op;
        break;
      case "createForeignKey":
      case "createCheckConstraint":
      case "createUniqueConstraint":
      case "createPrimaryKey":
        what = "adding a constraint";
        table = op;
        break;
      case "dropConstraint":
        what = `dropping constraint ${op.name}`;
        table = op;
        break;
    }
    if (what === null || table === null || isNewTable(item, table.table)) return null;
    return `${what} rebuilds table ${tableName(table.table, table.schema)}: tables that reference it lose or keep orphan rows while it is dropped${where(item)}`;
  },
);

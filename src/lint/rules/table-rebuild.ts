import { isNewTable, operationRule, tableName, where } from "../rule-helpers.js";

/**
 * A change a dialect that can't alter constraints in place (SQLite) makes by
 * rebuilding the whole table, on a table that other tables reference (as the
 * history's foreign keys say; when they can't be known, any existing table).
 */
export const tableRebuild = operationRule(
  {
    id: "table-rebuild",
    severity: "error",
    summary:
      "a change that rebuilds an existing table that other tables reference (where constraints can't be altered in place: column type, nullability, default, constraints)",
    lock:
      "The table is copied row by row into a new one, then the old one is dropped and the new one renamed, inside the step's transaction: every other writer waits for the whole copy. Athanor keeps referencing rows (foreign keys are checked before COMMIT, nothing cascades) and recreates indexes, triggers and views.",
    recipe:
      "Put every change to this table in one revision (all of a revision's changes to one table become one rebuild, unless a rename of the table or of one of its columns, op.execute or op.autocommit comes between them), and run it when writes to the database can pause for the time the copy takes; on a large table, measure it on a copy first.",
    appliesTo: (c) => !c.alterConstraints,
    usesReferences: true,
  },
  (op, item, context) => {
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
        what = op.name === undefined ? `dropping an unnamed ${op.constraintType ?? "constraint"}` : `dropping constraint ${op.name}`;
        table = op;
        break;
    }
    if (what === null || table === null || isNewTable(item, table.table)) return null;
    const children = context.referencedBy?.(table.table, table.schema) ?? null;
    if (children !== null && children.length === 0) return null;
    const referenced = children === null ? "" : ` (referenced by ${children.join(", ")})`;
    return `${what} rebuilds table ${tableName(table.table, table.schema)}${referenced}: the whole table is copied while other writers wait, and every row of the tables that reference it is checked against it before COMMIT${where(item)}`;
  },
);

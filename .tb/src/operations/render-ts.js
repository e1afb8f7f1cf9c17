import { renderAddColumnTs } from "./add-column.js";
import { renderAddEnumValueTs } from "./add-enum-value.js";
import { renderAlterColumnTs } from "./alter-column.js";
import { renderBulkInsertTs } from "./bulk-insert.js";
import { renderCreateCheckConstraintTs } from "./create-check-constraint.js";
import { renderCreateEnumTs } from "./create-enum.js";
import { renderCreateForeignKeyTs } from "./create-foreign-key.js";
import { renderCreateIndexTs } from "./create-index.js";
import { renderCreatePrimaryKeyTs } from "./create-primary-key.js";
import { renderCreateSchemaTs } from "./create-schema.js";
import { renderCreateTableTs } from "./create-table.js";
import { renderCreateUniqueConstraintTs } from "./create-unique-constraint.js";
import { renderDropColumnTs } from "./drop-column.js";
import { renderDropConstraintTs } from "./drop-constraint.js";
import { renderDropEnumTs } from "./drop-enum.js";
import { renderDropIndexTs } from "./drop-index.js";
import { renderDropSchemaTs } from "./drop-schema.js";
import { renderDropTableTs } from "./drop-table.js";
import { renderExecuteTs } from "./execute.js";
import { assertNever } from "./operation.js";
import { renderRenameEnumValueTs } from "./rename-enum-value.js";
import { renderDropEnumValueTs } from "./drop-enum-value.js";
import { renderRenameTableTs } from "./rename-table.js";
import { renderSetColumnCommentTs } from "./set-column-comment.js";
import { renderSetTableCommentTs } from "./set-table-comment.js";
/**
 * The op as a TypeScript call on `op` (a MigrationOps), e.g.
 * `op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false })`.
 * Assumes `t` and `sql` are imported from athanor; no trailing semicolon.
 * `original` hints on drop ops are not rendered.
 */
export function renderOperationTs(op, options) {
    const indent = options?.indent ?? "";
    switch (op.kind) {
        case "createTable":
            return renderCreateTableTs(op, indent);
        case "dropTable":
            return renderDropTableTs(op);
        case "renameTable":
            return renderRenameTableTs(op);
        case "addColumn":
            return renderAddColumnTs(op);
        case "dropColumn":
            return renderDropColumnTs(op);
        case "alterColumn":
            return renderAlterColumnTs(op);
        case "createIndex":
            return renderCreateIndexTs(op);
        case "dropIndex":
            return renderDropIndexTs(op);
        case "createPrimaryKey":
            return renderCreatePrimaryKeyTs(op);
        case "createUniqueConstraint":
            return renderCreateUniqueConstraintTs(op);
        case "createForeignKey":
            return renderCreateForeignKeyTs(op);
        case "createCheckConstraint":
            return renderCreateCheckConstraintTs(op);
        case "dropConstraint":
            return renderDropConstraintTs(op);
        case "createEnum":
            return renderCreateEnumTs(op);
        case "dropEnum":
            return renderDropEnumTs(op);
        case "addEnumValue":
            return renderAddEnumValueTs(op);
        case "renameEnumValue":
            return renderRenameEnumValueTs(op);
        case "dropEnumValue":
            return renderDropEnumValueTs(op);
        case "createSchema":
            return renderCreateSchemaTs(op);
        case "dropSchema":
            return renderDropSchemaTs(op);
        case "setTableComment":
            return renderSetTableCommentTs(op);
        case "setColumnComment":
            return renderSetColumnCommentTs(op);
        case "execute":
            return renderExecuteTs(op);
        case "bulkInsert":
            return renderBulkInsertTs(op);
        default:
            return assertNever(op);
    }
}
/** Statements for a migration body: each op as `await <call>;`, one per line, indented. */
export function renderOperationsTs(ops, indent = "  ") {
    return ops.map((op) => `${indent}await ${renderOperationTs(op, { indent })};`).join("\n");
}

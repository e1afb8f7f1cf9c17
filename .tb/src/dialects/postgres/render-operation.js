import { assertNever } from "../../operations/operation.js";
import { validateOperation } from "../../operations/validate.js";
import { postgresSqlLexer } from "./sql-lexer.js";
import { allTypes, refuseUnsupportedTypes } from "../unsupported.js";
import { renderAddColumn, renderAlterColumn, renderDropColumn, renderSetColumnComment } from "./render-column.js";
import { renderCreateCheckConstraint, renderCreateForeignKey, renderCreatePrimaryKey, renderCreateUniqueConstraint, renderDropConstraint, } from "./render-constraint.js";
import { renderBulkInsert, renderExecute } from "./render-data.js";
import { renderAddEnumValue, renderCreateEnum, renderDropEnum, renderRenameEnumValue } from "./render-enum.js";
import { renderDropEnumValue } from "./render-drop-enum-value.js";
import { renderCreateIndex, renderDropIndex } from "./render-index.js";
import { renderCreateSchema, renderDropSchema } from "./render-schema.js";
import { renderCreateTable, renderDropTable, renderRenameTable, renderSetTableComment } from "./render-table.js";
/** Validates `op` and renders it as PostgreSQL statements (DDL with literals; DML with `$n` parameters). */
export function renderOperation(op) {
    validateOperation(op, postgresSqlLexer);
    refuseUnsupportedTypes(op, "postgresql", allTypes);
    switch (op.kind) {
        case "createTable":
            return renderCreateTable(op);
        case "dropTable":
            return renderDropTable(op);
        case "renameTable":
            return renderRenameTable(op);
        case "addColumn":
            return renderAddColumn(op);
        case "dropColumn":
            return renderDropColumn(op);
        case "alterColumn":
            return renderAlterColumn(op);
        case "createIndex":
            return renderCreateIndex(op);
        case "dropIndex":
            return renderDropIndex(op);
        case "createPrimaryKey":
            return renderCreatePrimaryKey(op);
        case "createUniqueConstraint":
            return renderCreateUniqueConstraint(op);
        case "createForeignKey":
            return renderCreateForeignKey(op);
        case "createCheckConstraint":
            return renderCreateCheckConstraint(op);
        case "dropConstraint":
            return renderDropConstraint(op);
        case "createEnum":
            return renderCreateEnum(op);
        case "dropEnum":
            return renderDropEnum(op);
        case "addEnumValue":
            return renderAddEnumValue(op);
        case "renameEnumValue":
            return renderRenameEnumValue(op);
        case "dropEnumValue":
            return renderDropEnumValue(op);
        case "createSchema":
            return renderCreateSchema(op);
        case "dropSchema":
            return renderDropSchema(op);
        case "setTableComment":
            return renderSetTableComment(op);
        case "setColumnComment":
            return renderSetColumnComment(op);
        case "execute":
            return renderExecute(op);
        case "bulkInsert":
            return renderBulkInsert(op);
        default:
            return assertNever(op);
    }
}

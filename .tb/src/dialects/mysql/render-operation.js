import { assertNever } from "../../operations/operation.js";
import { validateOperation } from "../../operations/validate.js";
import { refuseUnsupportedTypes } from "../unsupported.js";
import { renderAddColumn, renderAlterColumn, renderDropColumn, renderSetColumnComment } from "./render-column.js";
import { renderCreateCheckConstraint, renderCreateForeignKey, renderCreatePrimaryKey, renderCreateUniqueConstraint, renderDropConstraint, } from "./render-constraint.js";
import { renderBulkInsert, renderExecute } from "./render-data.js";
import { renderCreateIndex, renderDropIndex } from "./render-index.js";
import { renderCreateTable, renderDropTable, renderRenameTable, renderSetTableComment } from "./render-table.js";
import { refuse } from "./refuse.js";
import { MYSQL_DIALECT, mysqlTypeSupport } from "./type-support.js";
const INLINE_ENUM = "MySQL writes an enum inline in its column: give the column t.enum(name, [...values]), and change the labels with op.alterColumn(table, column, { type: t.enum(name, [...newValues]), existingType, existingNullable, existingDefault, existingComment })";
/** Validates `op` and renders it as MySQL statements (DDL with literals; DML with `?` parameters). */
export function renderOperation(op, server, lexer) {
    validateOperation(op, lexer);
    refuseUnsupportedTypes(op, MYSQL_DIALECT, mysqlTypeSupport);
    switch (op.kind) {
        case "createTable":
            return renderCreateTable(op, server);
        case "dropTable":
            return renderDropTable(op);
        case "renameTable":
            return renderRenameTable(op);
        case "addColumn":
            return renderAddColumn(op, server);
        case "dropColumn":
            return renderDropColumn(op, server);
        case "alterColumn":
            return renderAlterColumn(op, server);
        case "createIndex":
            return renderCreateIndex(op, server);
        case "dropIndex":
            return renderDropIndex(op, server);
        case "createPrimaryKey":
            return renderCreatePrimaryKey(op);
        case "createUniqueConstraint":
            return renderCreateUniqueConstraint(op);
        case "createForeignKey":
            return renderCreateForeignKey(op);
        case "createCheckConstraint":
            return renderCreateCheckConstraint(op);
        case "dropConstraint":
            return renderDropConstraint(op, server);
        case "createEnum":
        case "dropEnum":
        case "addEnumValue":
        case "renameEnumValue":
        case "dropEnumValue":
            throw refuse(op, null, INLINE_ENUM);
        case "createSchema":
        case "dropSchema":
            throw refuse(op, null, "a MySQL schema is a database: create it outside the migrations (CREATE DATABASE) and name it with schema: on tables");
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

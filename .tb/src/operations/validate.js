import { assertName } from "../schema/validate.js";
import { validateAddColumn } from "./add-column.js";
import { validateAddEnumValue } from "./add-enum-value.js";
import { validateAlterColumn } from "./alter-column.js";
import { validateBulkInsert } from "./bulk-insert.js";
import { operationError } from "./common.js";
import { validateCreateCheckConstraint } from "./create-check-constraint.js";
import { validateCreateEnum } from "./create-enum.js";
import { validateCreateForeignKey } from "./create-foreign-key.js";
import { validateCreateIndex } from "./create-index.js";
import { validateCreatePrimaryKey } from "./create-primary-key.js";
import { validateCreateSchema } from "./create-schema.js";
import { validateCreateTable } from "./create-table.js";
import { validateCreateUniqueConstraint } from "./create-unique-constraint.js";
import { validateDropColumn } from "./drop-column.js";
import { validateDropConstraint } from "./drop-constraint.js";
import { validateDropEnum } from "./drop-enum.js";
import { validateDropIndex } from "./drop-index.js";
import { validateDropSchema } from "./drop-schema.js";
import { validateDropTable } from "./drop-table.js";
import { validateExecute } from "./execute.js";
import { isOperation } from "./operation.js";
import { validateRenameEnumValue } from "./rename-enum-value.js";
import { validateDropEnumValue } from "./drop-enum-value.js";
import { validateRenameTable } from "./rename-table.js";
import { validateSetColumnComment } from "./set-column-comment.js";
import { validateSetTableComment } from "./set-table-comment.js";
const validators = {
    createTable: validateCreateTable,
    dropTable: validateDropTable,
    renameTable: validateRenameTable,
    addColumn: validateAddColumn,
    dropColumn: validateDropColumn,
    alterColumn: validateAlterColumn,
    createIndex: validateCreateIndex,
    dropIndex: validateDropIndex,
    createPrimaryKey: validateCreatePrimaryKey,
    createUniqueConstraint: validateCreateUniqueConstraint,
    createForeignKey: validateCreateForeignKey,
    createCheckConstraint: validateCreateCheckConstraint,
    dropConstraint: validateDropConstraint,
    createEnum: validateCreateEnum,
    dropEnum: validateDropEnum,
    addEnumValue: validateAddEnumValue,
    renameEnumValue: validateRenameEnumValue,
    dropEnumValue: validateDropEnumValue,
    createSchema: validateCreateSchema,
    dropSchema: validateDropSchema,
    setTableComment: validateSetTableComment,
    setColumnComment: validateSetColumnComment,
    execute: validateExecute,
    bulkInsert: validateBulkInsert,
};
/**
 * Checks on an op (names present, columns consistent, values bindable, no
 * transaction control in `execute`, read by `lexer`: the renderer passes its
 * dialect's; without one, the default dialect's). Throws an AthanorError
 * (`OPERATION.*` or `SCHEMA.INVALID`).
 */
export function validateOperation(op, lexer) {
    if (!isOperation(op))
        throw operationError(`not an operation: ${JSON.stringify(op)}`);
    const schema = op.schema;
    if (schema !== undefined)
        assertName(schema, `${op.kind}: schema`);
    validators[op.kind](op, lexer);
}

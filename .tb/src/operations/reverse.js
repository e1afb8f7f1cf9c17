import { AthanorError } from "../errors.js";
import { reverseAddColumn } from "./add-column.js";
import { reverseAddEnumValue } from "./add-enum-value.js";
import { reverseAlterColumn } from "./alter-column.js";
import { reverseBulkInsert } from "./bulk-insert.js";
import { reverseCreateCheckConstraint } from "./create-check-constraint.js";
import { reverseCreateEnum } from "./create-enum.js";
import { reverseCreateForeignKey } from "./create-foreign-key.js";
import { reverseCreateIndex } from "./create-index.js";
import { reverseCreatePrimaryKey } from "./create-primary-key.js";
import { reverseCreateSchema } from "./create-schema.js";
import { reverseCreateTable } from "./create-table.js";
import { reverseCreateUniqueConstraint } from "./create-unique-constraint.js";
import { reverseDropColumn } from "./drop-column.js";
import { reverseDropConstraint } from "./drop-constraint.js";
import { reverseDropEnum } from "./drop-enum.js";
import { reverseDropIndex } from "./drop-index.js";
import { reverseDropSchema } from "./drop-schema.js";
import { reverseDropTable } from "./drop-table.js";
import { reverseExecute } from "./execute.js";
import { assertNever } from "./operation.js";
import { reverseRenameEnumValue } from "./rename-enum-value.js";
import { reverseDropEnumValue } from "./drop-enum-value.js";
import { reverseRenameTable } from "./rename-table.js";
import { reverseSetColumnComment } from "./set-column-comment.js";
import { reverseSetTableComment } from "./set-table-comment.js";
/** The inverse of `op`, or `{ ok: false, reason }` when it has none. */
export function reverseOperation(op) {
    switch (op.kind) {
        case "createTable":
            return reverseCreateTable(op);
        case "dropTable":
            return reverseDropTable(op);
        case "renameTable":
            return reverseRenameTable(op);
        case "addColumn":
            return reverseAddColumn(op);
        case "dropColumn":
            return reverseDropColumn(op);
        case "alterColumn":
            return reverseAlterColumn(op);
        case "createIndex":
            return reverseCreateIndex(op);
        case "dropIndex":
            return reverseDropIndex(op);
        case "createPrimaryKey":
            return reverseCreatePrimaryKey(op);
        case "createUniqueConstraint":
            return reverseCreateUniqueConstraint(op);
        case "createForeignKey":
            return reverseCreateForeignKey(op);
        case "createCheckConstraint":
            return reverseCreateCheckConstraint(op);
        case "dropConstraint":
            return reverseDropConstraint(op);
        case "createEnum":
            return reverseCreateEnum(op);
        case "dropEnum":
            return reverseDropEnum(op);
        case "addEnumValue":
            return reverseAddEnumValue(op);
        case "renameEnumValue":
            return reverseRenameEnumValue(op);
        case "dropEnumValue":
            return reverseDropEnumValue(op);
        case "createSchema":
            return reverseCreateSchema(op);
        case "dropSchema":
            return reverseDropSchema(op);
        case "setTableComment":
            return reverseSetTableComment(op);
        case "setColumnComment":
            return reverseSetColumnComment(op);
        case "execute":
            return reverseExecute(op);
        case "bulkInsert":
            return reverseBulkInsert(op);
        default:
            return assertNever(op);
    }
}
export function irreversibleError(reason) {
    return new AthanorError("OPERATION.IRREVERSIBLE", `cannot reverse: ${reason}`);
}
/** The inverse of `op`; throws `OPERATION.IRREVERSIBLE` with the reason when there is none. */
export function reverseOrThrow(op) {
    const r = reverseOperation(op);
    if (!r.ok)
        throw irreversibleError(r.reason);
    return r.op;
}
/**
 * The downgrade of a list of upgrade ops: each op reversed, in reverse order.
 * Throws `OPERATION.IRREVERSIBLE` listing every op that has no inverse.
 */
export function reverseOperations(ops) {
    const out = [];
    const reasons = [];
    for (let i = ops.length - 1; i >= 0; i--) {
        const r = reverseOperation(ops[i]);
        if (r.ok)
            out.push(r.op);
        else
            reasons.push(r.reason);
    }
    if (reasons.length > 0)
        throw irreversibleError(reasons.join("; "));
    return out;
}

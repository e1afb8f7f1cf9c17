import { tsNullableString, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, operationError, reversed, tsCall } from "./common.js";
export function setTableCommentOp(table, comment, options) {
    return compact({ kind: "setTableComment", table, schema: options?.schema, comment, existingComment: options?.existingComment });
}
export function validateSetTableComment(op) {
    assertName(op.table, "setTableComment: table name");
    if (op.comment !== null && typeof op.comment !== "string")
        throw operationError(`setTableComment "${op.table}": comment must be a string or null`);
}
export function reverseSetTableComment(op) {
    if (op.existingComment === undefined)
        return irreversible(`setTableComment on ${label(op.table, op.schema)} has no existingComment (use null when there was none)`);
    return reversed(compact({ kind: "setTableComment", table: op.table, schema: op.schema, comment: op.existingComment, existingComment: op.comment }));
}
export function renderSetTableCommentTs(op) {
    return tsCall("setTableComment", [tsString(op.table), tsNullableString(op.comment)], [
        ["schema", tsOptString(op.schema)],
        ["existingComment", tsNullableString(op.existingComment)],
    ]);
}

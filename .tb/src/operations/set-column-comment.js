import { tsNullableString, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, operationError, reversed, tsCall } from "./common.js";
export function setColumnCommentOp(table, column, comment, options) {
    return compact({
        kind: "setColumnComment",
        table,
        schema: options?.schema,
        column,
        comment,
        existingComment: options?.existingComment,
    });
}
export function validateSetColumnComment(op) {
    assertName(op.table, "setColumnComment: table name");
    assertName(op.column, "setColumnComment: column name");
    if (op.comment !== null && typeof op.comment !== "string")
        throw operationError(`setColumnComment "${op.table}"."${op.column}": comment must be a string or null`);
}
export function reverseSetColumnComment(op) {
    if (op.existingComment === undefined)
        return irreversible(`setColumnComment on ${label(op.table, op.schema)}.${op.column} has no existingComment (use null when there was none)`);
    return reversed(compact({
        kind: "setColumnComment",
        table: op.table,
        schema: op.schema,
        column: op.column,
        comment: op.existingComment,
        existingComment: op.comment,
    }));
}
export function renderSetColumnCommentTs(op) {
    return tsCall("setColumnComment", [tsString(op.table), tsString(op.column), tsNullableString(op.comment)], [
        ["schema", tsOptString(op.schema)],
        ["existingComment", tsNullableString(op.existingComment)],
    ]);
}

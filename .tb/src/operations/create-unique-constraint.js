import { tsBool, tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateColumnList } from "../schema/validate.js";
import { compact, irreversible, label, operationError, reversed, tsCall } from "./common.js";
export function createUniqueConstraintOp(name, table, columns, options) {
    return compact({ kind: "createUniqueConstraint", name: name ?? undefined, table, columns, ...options });
}
export function validateCreateUniqueConstraint(op) {
    assertName(op.table, "createUniqueConstraint: table name");
    if (op.name !== undefined)
        assertName(op.name, "createUniqueConstraint: name");
    validateColumnList(op.columns, `createUniqueConstraint on "${op.table}"`);
    if (op.initiallyDeferred && op.deferrable === false)
        throw operationError(`createUniqueConstraint on "${op.table}": initiallyDeferred needs deferrable`);
}
export function reverseCreateUniqueConstraint(op) {
    if (op.name === undefined)
        return irreversible(`createUniqueConstraint on ${label(op.table, op.schema)} has no constraint name`);
    return reversed(compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "unique", original: op }));
}
export function renderCreateUniqueConstraintTs(op) {
    return tsCall("createUniqueConstraint", [tsNullableString(op.name ?? null), tsString(op.table), tsStrings(op.columns)], [
        ["schema", tsOptString(op.schema)],
        ["nullsNotDistinct", tsBool(op.nullsNotDistinct)],
        ["deferrable", tsBool(op.deferrable)],
        ["initiallyDeferred", tsBool(op.initiallyDeferred)],
    ]);
}

import { tsBool, tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateForeignKey } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
export function createForeignKeyOp(name, table, columns, refTable, refColumns, options) {
    return compact({ kind: "createForeignKey", name: name ?? undefined, table, columns, refTable, refColumns, ...options });
}
export function validateCreateForeignKey(op) {
    assertName(op.table, "createForeignKey: table name");
    validateForeignKey(op, `createForeignKey${op.name === undefined ? "" : ` "${op.name}"`} on "${op.table}"`);
}
export function reverseCreateForeignKey(op) {
    if (op.name === undefined)
        return irreversible(`createForeignKey on ${label(op.table, op.schema)} has no constraint name`);
    return reversed(compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "foreignKey", original: op }));
}
export function renderCreateForeignKeyTs(op) {
    return tsCall("createForeignKey", [tsNullableString(op.name ?? null), tsString(op.table), tsStrings(op.columns), tsString(op.refTable), tsStrings(op.refColumns)], [
        ["schema", tsOptString(op.schema)],
        ["refSchema", tsOptString(op.refSchema)],
        ["onDelete", tsOptString(op.onDelete)],
        ["onUpdate", tsOptString(op.onUpdate)],
        ["match", tsOptString(op.match)],
        ["deferrable", tsBool(op.deferrable)],
        ["initiallyDeferred", tsBool(op.initiallyDeferred)],
        ["notValid", tsBool(op.notValid)],
    ]);
}

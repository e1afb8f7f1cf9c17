import { tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateColumnList } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
export function createPrimaryKeyOp(name, table, columns, options) {
    return compact({ kind: "createPrimaryKey", name: name ?? undefined, table, schema: options?.schema, columns });
}
export function validateCreatePrimaryKey(op) {
    assertName(op.table, "createPrimaryKey: table name");
    if (op.name !== undefined)
        assertName(op.name, "createPrimaryKey: name");
    validateColumnList(op.columns, `createPrimaryKey on "${op.table}"`);
}
export function reverseCreatePrimaryKey(op) {
    if (op.name === undefined)
        return irreversible(`createPrimaryKey on ${label(op.table, op.schema)} has no constraint name`);
    return reversed(compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "primaryKey", original: op }));
}
export function renderCreatePrimaryKeyTs(op) {
    return tsCall("createPrimaryKey", [tsNullableString(op.name ?? null), tsString(op.table), tsStrings(op.columns)], [
        ["schema", tsOptString(op.schema)],
    ]);
}

import { tsBool, tsNullableString, tsOptString, tsSqlText, tsString } from "../schema/render-ts.js";
import { assertName, assertSqlText } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
export function createCheckConstraintOp(name, table, expression, options) {
    return compact({ kind: "createCheckConstraint", name: name ?? undefined, table, expression, ...options });
}
export function validateCreateCheckConstraint(op) {
    assertName(op.table, "createCheckConstraint: table name");
    if (op.name !== undefined)
        assertName(op.name, "createCheckConstraint: name");
    assertSqlText(op.expression, `createCheckConstraint on "${op.table}": expression`);
}
export function reverseCreateCheckConstraint(op) {
    if (op.name === undefined)
        return irreversible(`createCheckConstraint on ${label(op.table, op.schema)} has no constraint name`);
    return reversed(compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "check", original: op }));
}
export function renderCreateCheckConstraintTs(op) {
    return tsCall("createCheckConstraint", [tsNullableString(op.name ?? null), tsString(op.table), tsSqlText(op.expression)], [
        ["schema", tsOptString(op.schema)],
        ["notValid", tsBool(op.notValid)],
    ]);
}

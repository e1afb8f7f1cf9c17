import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, operationError, reversed, tsCall } from "./common.js";
export function addEnumValueOp(name, value, options) {
    return compact({ kind: "addEnumValue", name, value, ...options });
}
export function validateAddEnumValue(op) {
    assertName(op.name, "addEnumValue: type name");
    assertName(op.value, `addEnumValue "${op.name}": value`);
    if (op.before !== undefined && op.after !== undefined)
        throw operationError(`addEnumValue "${op.name}": give before or after, not both`);
    if (op.before !== undefined)
        assertName(op.before, `addEnumValue "${op.name}": before`);
    if (op.after !== undefined)
        assertName(op.after, `addEnumValue "${op.name}": after`);
}
/** PostgreSQL cannot remove an enum value in place: the reverse rebuilds the type (see drop-enum-value.ts). */
export function reverseAddEnumValue(op) {
    return reversed(compact({ kind: "dropEnumValue", name: op.name, schema: op.schema, value: op.value, before: op.before, after: op.after, ifExists: op.ifNotExists }));
}
export function renderAddEnumValueTs(op) {
    return tsCall("addEnumValue", [tsString(op.name), tsString(op.value)], [
        ["schema", tsOptString(op.schema)],
        ["before", tsOptString(op.before)],
        ["after", tsOptString(op.after)],
        ["ifNotExists", tsBool(op.ifNotExists)],
    ]);
}

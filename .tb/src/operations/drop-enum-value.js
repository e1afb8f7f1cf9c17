/**
 * `op.dropEnumValue(type, value)`: removes a value from an enum type, which
 * PostgreSQL cannot do in place. The type is rebuilt: a new type with the
 * remaining values, every column using the type (or an array of it) converted
 * to it, the old type dropped and the new one renamed. It refuses, changing
 * nothing, when a row still holds the value. The reverse of `addEnumValue`.
 */
import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, label, operationError, reversed, tsCall } from "./common.js";
export function dropEnumValueOp(name, value, options) {
    return compact({ kind: "dropEnumValue", name, value, ...options });
}
export function validateDropEnumValue(op) {
    assertName(op.name, "dropEnumValue: type name");
    assertName(op.value, `dropEnumValue "${op.name}": value`);
    if (op.before !== undefined && op.after !== undefined)
        throw operationError(`dropEnumValue "${op.name}": give before or after, not both`);
}
export function reverseDropEnumValue(op) {
    return reversed(compact({ kind: "addEnumValue", name: op.name, schema: op.schema, value: op.value, before: op.before, after: op.after, ifNotExists: op.ifExists }));
}
export function describeDropEnumValue(op) {
    return `remove value ${JSON.stringify(op.value)} from enum ${label(op.name, op.schema)}`;
}
export function renderDropEnumValueTs(op) {
    return tsCall("dropEnumValue", [tsString(op.name), tsString(op.value)], [
        ["schema", tsOptString(op.schema)],
        ["before", tsOptString(op.before)],
        ["after", tsOptString(op.after)],
        ["ifExists", tsBool(op.ifExists)],
    ]);
}

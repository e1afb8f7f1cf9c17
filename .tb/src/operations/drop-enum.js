import { tsBool, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
import { validateEnumValues } from "./create-enum.js";
export function dropEnumOp(name, options) {
    return compact({ kind: "dropEnum", name, ...options });
}
export function validateDropEnum(op) {
    assertName(op.name, "dropEnum: type name");
    if (op.values !== undefined)
        validateEnumValues(op.values, `dropEnum "${op.name}"`);
}
export function reverseDropEnum(op) {
    const what = `dropEnum ${label(op.name, op.schema)}`;
    if (op.values === undefined)
        return irreversible(`${what} does not list the type's values`);
    if (op.cascade)
        return irreversible(`${what} uses CASCADE; dependent columns cannot be restored`);
    return reversed(compact({ kind: "createEnum", name: op.name, schema: op.schema, values: op.values }));
}
export function renderDropEnumTs(op) {
    return tsCall("dropEnum", [tsString(op.name)], [
        ["schema", tsOptString(op.schema)],
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
        ["values", op.values === undefined ? undefined : tsStrings(op.values)],
    ]);
}

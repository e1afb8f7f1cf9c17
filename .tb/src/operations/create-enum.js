import { tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, schemaError } from "../schema/validate.js";
import { compact, reversed, tsCall } from "./common.js";
export function createEnumOp(name, values, options) {
    return compact({ kind: "createEnum", name, schema: options?.schema, values });
}
export function validateEnumValues(values, where) {
    if (!Array.isArray(values))
        throw schemaError(`${where}: values must be an array of strings`);
    const seen = new Set();
    for (const v of values) {
        assertName(v, `${where}: value`);
        if (seen.has(v))
            throw schemaError(`${where}: value ${JSON.stringify(v)} is listed twice`);
        seen.add(v);
    }
}
export function validateCreateEnum(op) {
    assertName(op.name, "createEnum: type name");
    validateEnumValues(op.values, `createEnum "${op.name}"`);
}
export function reverseCreateEnum(op) {
    return reversed(compact({ kind: "dropEnum", name: op.name, schema: op.schema, values: op.values }));
}
export function renderCreateEnumTs(op) {
    return tsCall("createEnum", [tsString(op.name), tsStrings(op.values)], [["schema", tsOptString(op.schema)]]);
}

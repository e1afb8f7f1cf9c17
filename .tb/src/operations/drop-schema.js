import { tsBool, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, reversed, tsCall } from "./common.js";
export function dropSchemaOp(name, options) {
    return compact({ kind: "dropSchema", name, ifExists: options?.ifExists, cascade: options?.cascade });
}
export function validateDropSchema(op) {
    assertName(op.name, "dropSchema: schema name");
}
export function reverseDropSchema(op) {
    if (op.cascade)
        return irreversible(`dropSchema ${op.name} uses CASCADE; the schema's contents cannot be restored`);
    return reversed(compact({ kind: "createSchema", name: op.name, ifNotExists: op.ifExists }));
}
export function renderDropSchemaTs(op) {
    return tsCall("dropSchema", [tsString(op.name)], [
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
    ]);
}

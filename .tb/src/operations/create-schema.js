import { tsBool, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, reversed, tsCall } from "./common.js";
export function createSchemaOp(name, options) {
    return compact({ kind: "createSchema", name, ifNotExists: options?.ifNotExists });
}
export function validateCreateSchema(op) {
    assertName(op.name, "createSchema: schema name");
}
export function reverseCreateSchema(op) {
    return reversed(compact({ kind: "dropSchema", name: op.name, ifExists: op.ifNotExists }));
}
export function renderCreateSchemaTs(op) {
    return tsCall("createSchema", [tsString(op.name)], [["ifNotExists", tsBool(op.ifNotExists)]]);
}

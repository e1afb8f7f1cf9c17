import { tsArray, tsBool, tsIndexElement, tsIndexOptionFields, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName, validateIndex } from "../schema/validate.js";
import { compact, reversed, tsCall } from "./common.js";
export function createIndexOp(name, table, columns, options) {
    return compact({ kind: "createIndex", name, table, columns, ...options });
}
export function validateCreateIndex(op) {
    assertName(op.table, "createIndex: table name");
    validateIndex(op, `createIndex "${op.name}" on "${op.table}"`);
}
export function reverseCreateIndex(op) {
    return reversed(compact({ kind: "dropIndex", name: op.name, table: op.table, schema: op.schema, concurrently: op.concurrently, original: op }));
}
export function renderCreateIndexTs(op) {
    return tsCall("createIndex", [tsString(op.name), tsString(op.table), tsArray(op.columns.map(tsIndexElement))], [
        ["schema", tsOptString(op.schema)],
        ...tsIndexOptionFields(op),
        ["concurrently", tsBool(op.concurrently)],
        ["ifNotExists", tsBool(op.ifNotExists)],
    ]);
}

import { tsBool, tsColumn, tsOptions, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName, validateColumn } from "../schema/validate.js";
import { compact, reversed, tsCall } from "./common.js";
export function addColumnOp(table, column, options) {
    return compact({ kind: "addColumn", table, schema: options?.schema, column, ifNotExists: options?.ifNotExists, mysql: options?.mysql });
}
export function validateAddColumn(op) {
    assertName(op.table, "addColumn: table name");
    validateColumn(op.column, `addColumn on table "${op.table}"`);
}
export function reverseAddColumn(op) {
    return reversed(compact({ kind: "dropColumn", table: op.table, schema: op.schema, column: op.column.name, original: op.column, mysql: op.mysql }));
}
export function renderAddColumnTs(op) {
    return tsCall("addColumn", [tsString(op.table), tsColumn(op.column)], [
        ["schema", tsOptString(op.schema)],
        ["ifNotExists", tsBool(op.ifNotExists)],
        ["mysql", tsOptions(op.mysql)],
    ]);
}

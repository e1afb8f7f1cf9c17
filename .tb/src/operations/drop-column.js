import { tsBool, tsOptions, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
export function dropColumnOp(table, column, options) {
    return compact({ kind: "dropColumn", table, column, ...options });
}
export function validateDropColumn(op) {
    assertName(op.table, "dropColumn: table name");
    assertName(op.column, "dropColumn: column name");
}
export function reverseDropColumn(op) {
    const what = `dropColumn ${label(op.table, op.schema)}.${op.column}`;
    if (!op.original)
        return irreversible(`${what} has no original column definition`);
    if (op.cascade)
        return irreversible(`${what} uses CASCADE; dependent objects cannot be restored`);
    return reversed(compact({ kind: "addColumn", table: op.table, schema: op.schema, column: { ...op.original, name: op.column }, mysql: op.mysql }));
}
export function renderDropColumnTs(op) {
    return tsCall("dropColumn", [tsString(op.table), tsString(op.column)], [
        ["schema", tsOptString(op.schema)],
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
        ["mysql", tsOptions(op.mysql)],
    ]);
}

import { tsObject, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, reversed } from "./common.js";
export function renameTableOp(name, newName, options) {
    return compact({ kind: "renameTable", table: name, newName, schema: options?.schema });
}
export function validateRenameTable(op) {
    assertName(op.table, "renameTable: table name");
    assertName(op.newName, "renameTable: new name");
}
export function reverseRenameTable(op) {
    return reversed(compact({ kind: "renameTable", table: op.newName, newName: op.table, schema: op.schema }));
}
export function renderRenameTableTs(op) {
    const opts = tsObject([["schema", tsOptString(op.schema)]]);
    const args = [tsString(op.table), tsString(op.newName)];
    if (opts !== "{}")
        args.push(opts);
    return `op.renameTable(${args.join(", ")})`;
}

import { tsBool, tsObject, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, reversed } from "./common.js";
import { createTableFromDefinition } from "./create-table.js";
export function dropTableOp(name, options) {
    return compact({ kind: "dropTable", table: name, ...options });
}
export function validateDropTable(op) {
    assertName(op.table, "dropTable: table name");
}
export function reverseDropTable(op) {
    if (!op.original)
        return irreversible(`dropTable ${label(op.table, op.schema)} has no original table definition`);
    if (op.cascade)
        return irreversible(`dropTable ${label(op.table, op.schema)} uses CASCADE; dependent objects cannot be restored`);
    return reversed(createTableFromDefinition({ ...op.original, name: op.table, ...(op.schema ? { schema: op.schema } : {}) }));
}
export function renderDropTableTs(op) {
    const opts = tsObject([
        ["schema", tsOptString(op.schema)],
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
    ]);
    return opts === "{}" ? `op.dropTable(${tsString(op.table)})` : `op.dropTable(${tsString(op.table)}, ${opts})`;
}

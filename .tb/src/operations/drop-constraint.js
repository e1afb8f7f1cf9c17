import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, reversed, tsCall } from "./common.js";
export function dropConstraintOp(name, table, options) {
    return compact({ kind: "dropConstraint", name, table, ...options });
}
export function validateDropConstraint(op) {
    assertName(op.name, "dropConstraint: name");
    assertName(op.table, "dropConstraint: table name");
}
export function reverseDropConstraint(op) {
    const what = `dropConstraint ${op.name} on ${label(op.table, op.schema)}`;
    if (!op.original)
        return irreversible(`${what} has no original constraint definition`);
    if (op.cascade)
        return irreversible(`${what} uses CASCADE; dependent objects cannot be restored`);
    return reversed(compact({ ...op.original, name: op.name, table: op.table, schema: op.schema }));
}
export function renderDropConstraintTs(op) {
    return tsCall("dropConstraint", [tsString(op.name), tsString(op.table)], [
        ["schema", tsOptString(op.schema)],
        ["constraintType", tsOptString(op.constraintType)],
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
    ]);
}

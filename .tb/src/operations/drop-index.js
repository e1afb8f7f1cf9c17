import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, operationError, reversed, tsCall } from "./common.js";
export function dropIndexOp(name, options) {
    return compact({ kind: "dropIndex", name, ...options });
}
export function validateDropIndex(op) {
    assertName(op.name, "dropIndex: index name");
    if (op.concurrently && op.cascade)
        throw operationError(`dropIndex "${op.name}": CONCURRENTLY cannot be combined with CASCADE`);
}
export function reverseDropIndex(op) {
    if (!op.original)
        return irreversible(`dropIndex ${op.name} has no original index definition`);
    return reversed(compact({ ...op.original, concurrently: op.concurrently ?? op.original.concurrently }));
}
export function renderDropIndexTs(op) {
    return tsCall("dropIndex", [tsString(op.name)], [
        ["table", tsOptString(op.table)],
        ["schema", tsOptString(op.schema)],
        ["concurrently", tsBool(op.concurrently)],
        ["ifExists", tsBool(op.ifExists)],
        ["cascade", tsBool(op.cascade)],
    ]);
}

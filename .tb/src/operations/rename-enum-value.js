import { tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, reversed, tsCall } from "./common.js";
export function renameEnumValueOp(name, from, to, options) {
    return compact({ kind: "renameEnumValue", name, schema: options?.schema, from, to });
}
export function validateRenameEnumValue(op) {
    assertName(op.name, "renameEnumValue: type name");
    assertName(op.from, `renameEnumValue "${op.name}": from`);
    assertName(op.to, `renameEnumValue "${op.name}": to`);
}
export function reverseRenameEnumValue(op) {
    return reversed(compact({ kind: "renameEnumValue", name: op.name, schema: op.schema, from: op.to, to: op.from }));
}
export function renderRenameEnumValueTs(op) {
    return tsCall("renameEnumValue", [tsString(op.name), tsString(op.from), tsString(op.to)], [["schema", tsOptString(op.schema)]]);
}

import { AthanorError } from "../errors.js";
import { tsObject } from "../schema/render-ts.js";
export function reversed(op) {
    return { ok: true, op };
}
export function irreversible(reason) {
    return { ok: false, reason };
}
export function operationError(message) {
    return new AthanorError("OPERATION.INVALID", message);
}
/** Drops keys whose value is undefined, so ops stay minimal and compare equal after a TS round trip. */
export function compact(value) {
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** `"schema"."table"`-style label for messages (not SQL). */
export function label(name, schema) {
    return schema ? `${schema}.${name}` : name;
}
/** `op.method(arg1, arg2, { opt: x })`, leaving out an empty options object. */
export function tsCall(method, args, options) {
    const all = [...args];
    if (options) {
        const obj = tsObject(options);
        if (obj !== "{}")
            all.push(obj);
    }
    return `op.${method}(${all.join(", ")})`;
}

import { AthanorError } from "../errors.js";
import { tsObject } from "../schema/render-ts.js";
import type { Operation } from "./operation.js";

/** The inverse of an operation, or why there is none. */
export type ReverseResult = { readonly ok: true; readonly op: Operation } | { readonly ok: false; readonly reason: string };

export function reversed(op: Operation): ReverseResult {
  return { ok: true, op };
}

export function irreversible(reason: string): ReverseResult {
  return { ok: false, reason };
}

export function operationError(message: string): AthanorError {
  return new AthanorError("OPERATION.INVALID", message);
}

/** Drops keys whose value is undefined, so ops stay minimal and compare equal after a TS round trip. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** `"schema"."table"`-style label for messages (not SQL). */
export function label(name: string, schema?: string | null): string {
  return schema ? `${schema}.${name}` : name;
}

/** `op.method(arg1, arg2, { opt: x })`, leaving out an empty options object. */
export function tsCall(method: string, args: readonly string[], options?: ReadonlyArray<readonly [string, string | undefined]>): string {
  const all = [...args];
  if (options) {
    const obj = tsObject(options);
    if (obj !== "{}") all.push(obj);
  }
  return `op.${method}(${all.join(", ")})`;
}

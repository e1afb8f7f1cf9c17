import { AthanorError } from "../errors.js";
import type { Operation } from "./operation.js";
/** The inverse of an operation, or why there is none. */
export type ReverseResult = {
    readonly ok: true;
    readonly op: Operation;
} | {
    readonly ok: false;
    readonly reason: string;
};
export declare function reversed(op: Operation): ReverseResult;
export declare function irreversible(reason: string): ReverseResult;
export declare function operationError(message: string): AthanorError;
/** Drops keys whose value is undefined, so ops stay minimal and compare equal after a TS round trip. */
export declare function compact<T extends object>(value: T): T;
/** `"schema"."table"`-style label for messages (not SQL). */
export declare function label(name: string, schema?: string | null): string;
/** `op.method(arg1, arg2, { opt: x })`, leaving out an empty options object. */
export declare function tsCall(method: string, args: readonly string[], options?: ReadonlyArray<readonly [string, string | undefined]>): string;

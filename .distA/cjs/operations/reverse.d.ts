import { AthanorError } from "../errors.js";
import type { ReverseResult } from "./common.js";
import { type Operation } from "./operation.js";
export type { ReverseResult } from "./common.js";
/** The inverse of `op`, or `{ ok: false, reason }` when it has none. */
export declare function reverseOperation(op: Operation): ReverseResult;
export declare function irreversibleError(reason: string): AthanorError;
/** The inverse of `op`; throws `OPERATION.IRREVERSIBLE` with the reason when there is none. */
export declare function reverseOrThrow(op: Operation): Operation;
/**
 * The downgrade of a list of upgrade ops: each op reversed, in reverse order.
 * Throws `OPERATION.IRREVERSIBLE` listing every op that has no inverse.
 */
export declare function reverseOperations(ops: readonly Operation[]): Operation[];

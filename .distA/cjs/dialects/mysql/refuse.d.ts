/** The MySQL renderer's refusals: one line naming the operation, the dialect and what to do instead. */
import { AthanorError } from "../../errors.js";
import type { Operation } from "../../operations/operation.js";
/** DIALECT.UNSUPPORTED: `<operation>[: what] is not supported on mysql; <alternative>`. */
export declare function refuse(op: Operation, what: string | null, alternative: string): AthanorError;
/** OPERATION.INVALID for what MySQL needs that the operation doesn't say. */
export declare function missing(op: Operation, message: string): AthanorError;

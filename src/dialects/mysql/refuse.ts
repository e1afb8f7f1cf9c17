/** The MySQL renderer's refusals: one line naming the operation, the dialect and what to do instead. */
import { AthanorError } from "../../errors.js";
import { describeOperation } from "../../operations/classify.js";
import type { Operation } from "../../operations/operation.js";
import { unsupportedError } from "../unsupported.js";
import { MYSQL_DIALECT } from "./type-support.js";

/** DIALECT.UNSUPPORTED: `<operation>[: what] is not supported on mysql; <alternative>`. */
export function refuse(op: Operation, what: string | null, alternative: string): AthanorError {
  const operation = what === null ? describeOperation(op) : `${describeOperation(op)}: ${what}`;
  return unsupportedError({ operation, dialect: MYSQL_DIALECT, alternative });
}

/** OPERATION.INVALID for what MySQL needs that the operation doesn't say. */
export function missing(op: Operation, message: string): AthanorError {
  return new AthanorError("OPERATION.INVALID", `${describeOperation(op)}: ${message}`);
}

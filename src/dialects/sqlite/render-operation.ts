import type { Operation } from "../../operations/operation.js";
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";

/** Skeleton: replaced by the full SQLite renderer. */
export function renderOperation(op: Operation): SqlStatement[] {
  throw new AthanorError("DIALECT.NOT_IMPLEMENTED", `${op.kind} is not rendered for sqlite yet`);
}

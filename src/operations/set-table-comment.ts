import { tsNullableString, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, operationError, type ReverseResult, reversed, tsCall } from "./common.js";

export interface SetTableCommentOp {
  readonly kind: "setTableComment";
  readonly table: string;
  readonly schema?: string;
  /** The new comment, or null to remove it. */
  readonly comment: string | null;
  /** The comment before (null: none); makes the op reversible. */
  readonly existingComment?: string | null;
}

export interface SetTableCommentOptions {
  readonly schema?: string;
  readonly existingComment?: string | null;
}

export function setTableCommentOp(table: string, comment: string | null, options?: SetTableCommentOptions): SetTableCommentOp {
  return compact({ kind: "setTableComment" as const, table, schema: options?.schema, comment, existingComment: options?.existingComment });
}

export function validateSetTableComment(op: SetTableCommentOp): void {
  assertName(op.table, "setTableComment: table name");
  if (op.comment !== null && typeof op.comment !== "string")
    throw operationError(`setTableComment "${op.table}": comment must be a string or null`);
}

export function reverseSetTableComment(op: SetTableCommentOp): ReverseResult {
  if (op.existingComment === undefined)
    return irreversible(`setTableComment on ${label(op.table, op.schema)} has no existingComment (use null when there was none)`);
  return reversed(
    compact({ kind: "setTableComment", table: op.table, schema: op.schema, comment: op.existingComment, existingComment: op.comment }),
  );
}

export function renderSetTableCommentTs(op: SetTableCommentOp): string {
  return tsCall("setTableComment", [tsString(op.table), tsNullableString(op.comment) as string], [
    ["schema", tsOptString(op.schema)],
    ["existingComment", tsNullableString(op.existingComment)],
  ]);
}

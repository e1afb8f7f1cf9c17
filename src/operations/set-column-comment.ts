import { tsNullableString, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, operationError, type ReverseResult, reversed, tsCall } from "./common.js";

export interface SetColumnCommentOp {
  readonly kind: "setColumnComment";
  readonly table: string;
  readonly schema?: string;
  readonly column: string;
  /** The new comment, or null to remove it. */
  readonly comment: string | null;
  readonly existingComment?: string | null;
}

export interface SetColumnCommentOptions {
  readonly schema?: string;
  readonly existingComment?: string | null;
}

export function setColumnCommentOp(
  table: string,
  column: string,
  comment: string | null,
  options?: SetColumnCommentOptions,
): SetColumnCommentOp {
  return compact({
    kind: "setColumnComment" as const,
    table,
    schema: options?.schema,
    column,
    comment,
    existingComment: options?.existingComment,
  });
}

export function validateSetColumnComment(op: SetColumnCommentOp): void {
  assertName(op.table, "setColumnComment: table name");
  assertName(op.column, "setColumnComment: column name");
  if (op.comment !== null && typeof op.comment !== "string")
    throw operationError(`setColumnComment "${op.table}"."${op.column}": comment must be a string or null`);
}

export function reverseSetColumnComment(op: SetColumnCommentOp): ReverseResult {
  if (op.existingComment === undefined)
    return irreversible(
      `setColumnComment on ${label(op.table, op.schema)}.${op.column} has no existingComment (use null when there was none)`,
    );
  return reversed(
    compact({
      kind: "setColumnComment",
      table: op.table,
      schema: op.schema,
      column: op.column,
      comment: op.existingComment,
      existingComment: op.comment,
    }),
  );
}

export function renderSetColumnCommentTs(op: SetColumnCommentOp): string {
  return tsCall("setColumnComment", [tsString(op.table), tsString(op.column), tsNullableString(op.comment) as string], [
    ["schema", tsOptString(op.schema)],
    ["existingComment", tsNullableString(op.existingComment)],
  ]);
}

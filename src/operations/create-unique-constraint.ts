import { tsBool, tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateColumnList } from "../schema/validate.js";
import { compact, irreversible, label, operationError, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateUniqueConstraintOp {
  readonly kind: "createUniqueConstraint";
  readonly name?: string;
  readonly table: string;
  readonly schema?: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct?: boolean;
  readonly deferrable?: boolean;
  readonly initiallyDeferred?: boolean;
}

export interface CreateUniqueConstraintOptions {
  readonly schema?: string;
  readonly nullsNotDistinct?: boolean;
  readonly deferrable?: boolean;
  readonly initiallyDeferred?: boolean;
}

export function createUniqueConstraintOp(
  name: string | null,
  table: string,
  columns: readonly string[],
  options?: CreateUniqueConstraintOptions,
): CreateUniqueConstraintOp {
  return compact({ kind: "createUniqueConstraint" as const, name: name ?? undefined, table, columns, ...options });
}

export function validateCreateUniqueConstraint(op: CreateUniqueConstraintOp): void {
  assertName(op.table, "createUniqueConstraint: table name");
  if (op.name !== undefined) assertName(op.name, "createUniqueConstraint: name");
  validateColumnList(op.columns, `createUniqueConstraint on "${op.table}"`);
  if (op.initiallyDeferred && op.deferrable === false)
    throw operationError(`createUniqueConstraint on "${op.table}": initiallyDeferred needs deferrable`);
}

export function reverseCreateUniqueConstraint(op: CreateUniqueConstraintOp): ReverseResult {
  if (op.name === undefined) return irreversible(`createUniqueConstraint on ${label(op.table, op.schema)} has no constraint name`);
  return reversed(
    compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "unique", original: op }),
  );
}

export function renderCreateUniqueConstraintTs(op: CreateUniqueConstraintOp): string {
  return tsCall("createUniqueConstraint", [tsNullableString(op.name ?? null) as string, tsString(op.table), tsStrings(op.columns)], [
    ["schema", tsOptString(op.schema)],
    ["nullsNotDistinct", tsBool(op.nullsNotDistinct)],
    ["deferrable", tsBool(op.deferrable)],
    ["initiallyDeferred", tsBool(op.initiallyDeferred)],
  ]);
}

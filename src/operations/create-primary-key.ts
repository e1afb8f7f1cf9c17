import { tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateColumnList } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreatePrimaryKeyOp {
  readonly kind: "createPrimaryKey";
  /** Constraint name; omitted: the database names it (and the op is not reversible). */
  readonly name?: string;
  readonly table: string;
  readonly schema?: string;
  readonly columns: readonly string[];
}

export function createPrimaryKeyOp(
  name: string | null,
  table: string,
  columns: readonly string[],
  options?: { readonly schema?: string },
): CreatePrimaryKeyOp {
  return compact({ kind: "createPrimaryKey" as const, name: name ?? undefined, table, schema: options?.schema, columns });
}

export function validateCreatePrimaryKey(op: CreatePrimaryKeyOp): void {
  assertName(op.table, "createPrimaryKey: table name");
  if (op.name !== undefined) assertName(op.name, "createPrimaryKey: name");
  validateColumnList(op.columns, `createPrimaryKey on "${op.table}"`);
}

export function reverseCreatePrimaryKey(op: CreatePrimaryKeyOp): ReverseResult {
  if (op.name === undefined) return irreversible(`createPrimaryKey on ${label(op.table, op.schema)} has no constraint name`);
  return reversed(
    compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "primaryKey", original: op }),
  );
}

export function renderCreatePrimaryKeyTs(op: CreatePrimaryKeyOp): string {
  return tsCall("createPrimaryKey", [tsNullableString(op.name ?? null) as string, tsString(op.table), tsStrings(op.columns)], [
    ["schema", tsOptString(op.schema)],
  ]);
}

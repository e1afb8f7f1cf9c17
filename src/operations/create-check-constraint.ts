import { tsBool, tsNullableString, tsOptString, tsSqlText, tsString } from "../schema/render-ts.js";
import type { SqlText } from "../schema/sql-expression.js";
import { assertName, assertSqlText } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateCheckConstraintOp {
  readonly kind: "createCheckConstraint";
  readonly name?: string;
  readonly table: string;
  readonly schema?: string;
  /** The condition (SQL by nature): `"price >= 0"` or `sql("price >= 0")`. */
  readonly expression: SqlText;
  readonly notValid?: boolean;
}

export interface CreateCheckConstraintOptions {
  readonly schema?: string;
  readonly notValid?: boolean;
}

export function createCheckConstraintOp(
  name: string | null,
  table: string,
  expression: SqlText,
  options?: CreateCheckConstraintOptions,
): CreateCheckConstraintOp {
  return compact({ kind: "createCheckConstraint" as const, name: name ?? undefined, table, expression, ...options });
}

export function validateCreateCheckConstraint(op: CreateCheckConstraintOp): void {
  assertName(op.table, "createCheckConstraint: table name");
  if (op.name !== undefined) assertName(op.name, "createCheckConstraint: name");
  assertSqlText(op.expression, `createCheckConstraint on "${op.table}": expression`);
}

export function reverseCreateCheckConstraint(op: CreateCheckConstraintOp): ReverseResult {
  if (op.name === undefined) return irreversible(`createCheckConstraint on ${label(op.table, op.schema)} has no constraint name`);
  return reversed(
    compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "check", original: op }),
  );
}

export function renderCreateCheckConstraintTs(op: CreateCheckConstraintOp): string {
  return tsCall("createCheckConstraint", [tsNullableString(op.name ?? null) as string, tsString(op.table), tsSqlText(op.expression)], [
    ["schema", tsOptString(op.schema)],
    ["notValid", tsBool(op.notValid)],
  ]);
}

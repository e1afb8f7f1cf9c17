import type { ConstraintType } from "../schema/constraints.js";
import { tsBool, tsNullableString, tsOptString, tsString, tsValue } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, operationError, type ReverseResult, reversed, tsCall } from "./common.js";
import type { CreateCheckConstraintOp } from "./create-check-constraint.js";
import type { CreateForeignKeyOp } from "./create-foreign-key.js";
import type { CreatePrimaryKeyOp } from "./create-primary-key.js";
import type { CreateUniqueConstraintOp } from "./create-unique-constraint.js";

export type CreateConstraintOp = CreatePrimaryKeyOp | CreateUniqueConstraintOp | CreateForeignKeyOp | CreateCheckConstraintOp;

export interface DropConstraintOp {
  readonly kind: "dropConstraint";
  /** Absent: a constraint the database keeps no name for (SQLite's unnamed CHECK/UNIQUE), found through `original`. */
  readonly name?: string;
  readonly table: string;
  readonly schema?: string;
  /** What kind of constraint it is (informational on PostgreSQL; used by lint and other dialects). */
  readonly constraintType?: ConstraintType;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  /** The op that created the constraint; makes the drop reversible. */
  readonly original?: CreateConstraintOp;
}

export interface DropConstraintOptions {
  readonly schema?: string;
  readonly constraintType?: ConstraintType;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  readonly original?: CreateConstraintOp;
}

/** `name` null: a constraint the database keeps no name for; `original` then says which one it is. */
export function dropConstraintOp(name: string | null, table: string, options?: DropConstraintOptions): DropConstraintOp {
  return compact({ kind: "dropConstraint" as const, name: name ?? undefined, table, ...options });
}

export function validateDropConstraint(op: DropConstraintOp): void {
  assertName(op.table, "dropConstraint: table name");
  if (op.name !== undefined) assertName(op.name, "dropConstraint: name");
  else if (op.original === undefined)
    throw operationError(
      `dropConstraint on ${label(op.table, op.schema)}: a constraint without a name needs original (the constraint as it was created, e.g. { kind: "createCheckConstraint", table, expression }) so that it can be found`,
    );
}

export function reverseDropConstraint(op: DropConstraintOp): ReverseResult {
  const what = `dropConstraint ${op.name ?? "(unnamed)"} on ${label(op.table, op.schema)}`;
  if (!op.original) return irreversible(`${what} has no original constraint definition`);
  if (op.cascade) return irreversible(`${what} uses CASCADE; dependent objects cannot be restored`);
  return reversed(compact({ ...op.original, name: op.name, table: op.table, schema: op.schema }));
}

export function renderDropConstraintTs(op: DropConstraintOp): string {
  return tsCall("dropConstraint", [tsNullableString(op.name ?? null) as string, tsString(op.table)], [
    ["schema", tsOptString(op.schema)],
    ["constraintType", tsOptString(op.constraintType)],
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
    // without a name, the constraint is known by its definition
    ["original", op.name === undefined && op.original ? tsValue(op.original) : undefined],
  ]);
}

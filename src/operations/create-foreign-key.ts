import type { ForeignKeyDefinition } from "../schema/constraints.js";
import { tsBool, tsNullableString, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, validateForeignKey } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateForeignKeyOptions extends Omit<ForeignKeyDefinition, "name" | "columns" | "refTable" | "refColumns"> {
  readonly schema?: string;
  /** `NOT VALID`: skip checking existing rows (validate later). */
  readonly notValid?: boolean;
}

export interface CreateForeignKeyOp extends CreateForeignKeyOptions {
  readonly kind: "createForeignKey";
  readonly name?: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
}

export function createForeignKeyOp(
  name: string | null,
  table: string,
  columns: readonly string[],
  refTable: string,
  refColumns: readonly string[],
  options?: CreateForeignKeyOptions,
): CreateForeignKeyOp {
  return compact({ kind: "createForeignKey" as const, name: name ?? undefined, table, columns, refTable, refColumns, ...options });
}

export function validateCreateForeignKey(op: CreateForeignKeyOp): void {
  assertName(op.table, "createForeignKey: table name");
  validateForeignKey(op, `createForeignKey${op.name === undefined ? "" : ` "${op.name}"`} on "${op.table}"`);
}

export function reverseCreateForeignKey(op: CreateForeignKeyOp): ReverseResult {
  if (op.name === undefined) return irreversible(`createForeignKey on ${label(op.table, op.schema)} has no constraint name`);
  return reversed(
    compact({ kind: "dropConstraint", name: op.name, table: op.table, schema: op.schema, constraintType: "foreignKey", original: op }),
  );
}

export function renderCreateForeignKeyTs(op: CreateForeignKeyOp): string {
  return tsCall(
    "createForeignKey",
    [tsNullableString(op.name ?? null) as string, tsString(op.table), tsStrings(op.columns), tsString(op.refTable), tsStrings(op.refColumns)],
    [
      ["schema", tsOptString(op.schema)],
      ["refSchema", tsOptString(op.refSchema)],
      ["onDelete", tsOptString(op.onDelete)],
      ["onUpdate", tsOptString(op.onUpdate)],
      ["match", tsOptString(op.match)],
      ["deferrable", tsBool(op.deferrable)],
      ["initiallyDeferred", tsBool(op.initiallyDeferred)],
      ["notValid", tsBool(op.notValid)],
    ],
  );
}

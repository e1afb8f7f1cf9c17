import { tsBool, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, operationError, type ReverseResult, reversed, tsCall } from "./common.js";

export interface AddEnumValueOp {
  readonly kind: "addEnumValue";
  /** The enum type. */
  readonly name: string;
  readonly schema?: string;
  readonly value: string;
  readonly before?: string;
  readonly after?: string;
  readonly ifNotExists?: boolean;
}

export interface AddEnumValueOptions {
  readonly schema?: string;
  readonly before?: string;
  readonly after?: string;
  readonly ifNotExists?: boolean;
}

export function addEnumValueOp(name: string, value: string, options?: AddEnumValueOptions): AddEnumValueOp {
  return compact({ kind: "addEnumValue" as const, name, value, ...options });
}

export function validateAddEnumValue(op: AddEnumValueOp): void {
  assertName(op.name, "addEnumValue: type name");
  assertName(op.value, `addEnumValue "${op.name}": value`);
  if (op.before !== undefined && op.after !== undefined)
    throw operationError(`addEnumValue "${op.name}": give before or after, not both`);
  if (op.before !== undefined) assertName(op.before, `addEnumValue "${op.name}": before`);
  if (op.after !== undefined) assertName(op.after, `addEnumValue "${op.name}": after`);
}

/** PostgreSQL cannot remove an enum value in place: the reverse rebuilds the type (see drop-enum-value.ts). */
export function reverseAddEnumValue(op: AddEnumValueOp): ReverseResult {
  return reversed(
    compact({ kind: "dropEnumValue", name: op.name, schema: op.schema, value: op.value, before: op.before, after: op.after, ifExists: op.ifNotExists }),
  );
}

export function renderAddEnumValueTs(op: AddEnumValueOp): string {
  return tsCall("addEnumValue", [tsString(op.name), tsString(op.value)], [
    ["schema", tsOptString(op.schema)],
    ["before", tsOptString(op.before)],
    ["after", tsOptString(op.after)],
    ["ifNotExists", tsBool(op.ifNotExists)],
  ]);
}

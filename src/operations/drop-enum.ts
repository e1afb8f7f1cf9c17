import { tsBool, tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed, tsCall } from "./common.js";
import { validateEnumValues } from "./create-enum.js";

export interface DropEnumOp {
  readonly kind: "dropEnum";
  readonly name: string;
  readonly schema?: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  /** The type's labels before the drop; makes the drop reversible. */
  readonly values?: readonly string[];
}

export interface DropEnumOptions {
  readonly schema?: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  readonly values?: readonly string[];
}

export function dropEnumOp(name: string, options?: DropEnumOptions): DropEnumOp {
  return compact({ kind: "dropEnum" as const, name, ...options });
}

export function validateDropEnum(op: DropEnumOp): void {
  assertName(op.name, "dropEnum: type name");
  if (op.values !== undefined) validateEnumValues(op.values, `dropEnum "${op.name}"`);
}

export function reverseDropEnum(op: DropEnumOp): ReverseResult {
  const what = `dropEnum ${label(op.name, op.schema)}`;
  if (op.values === undefined) return irreversible(`${what} does not list the type's values`);
  if (op.cascade) return irreversible(`${what} uses CASCADE; dependent columns cannot be restored`);
  return reversed(compact({ kind: "createEnum", name: op.name, schema: op.schema, values: op.values }));
}

export function renderDropEnumTs(op: DropEnumOp): string {
  return tsCall("dropEnum", [tsString(op.name)], [
    ["schema", tsOptString(op.schema)],
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
    ["values", op.values === undefined ? undefined : tsStrings(op.values)],
  ]);
}

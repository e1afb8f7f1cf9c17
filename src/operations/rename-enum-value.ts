import { tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, type ReverseResult, reversed, tsCall } from "./common.js";

export interface RenameEnumValueOp {
  readonly kind: "renameEnumValue";
  readonly name: string;
  readonly schema?: string;
  readonly from: string;
  readonly to: string;
}

export function renameEnumValueOp(name: string, from: string, to: string, options?: { readonly schema?: string }): RenameEnumValueOp {
  return compact({ kind: "renameEnumValue" as const, name, schema: options?.schema, from, to });
}

export function validateRenameEnumValue(op: RenameEnumValueOp): void {
  assertName(op.name, "renameEnumValue: type name");
  assertName(op.from, `renameEnumValue "${op.name}": from`);
  assertName(op.to, `renameEnumValue "${op.name}": to`);
}

export function reverseRenameEnumValue(op: RenameEnumValueOp): ReverseResult {
  return reversed(compact({ kind: "renameEnumValue", name: op.name, schema: op.schema, from: op.to, to: op.from }));
}

export function renderRenameEnumValueTs(op: RenameEnumValueOp): string {
  return tsCall("renameEnumValue", [tsString(op.name), tsString(op.from), tsString(op.to)], [["schema", tsOptString(op.schema)]]);
}

import { tsOptString, tsString, tsStrings } from "../schema/render-ts.js";
import { assertName, schemaError } from "../schema/validate.js";
import { compact, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateEnumOp {
  readonly kind: "createEnum";
  readonly name: string;
  readonly schema?: string;
  readonly values: readonly string[];
}

export function createEnumOp(name: string, values: readonly string[], options?: { readonly schema?: string }): CreateEnumOp {
  return compact({ kind: "createEnum" as const, name, schema: options?.schema, values });
}

export function validateEnumValues(values: readonly string[], where: string): void {
  if (!Array.isArray(values)) throw schemaError(`${where}: values must be an array of strings`);
  const seen = new Set<string>();
  for (const v of values) {
    assertName(v, `${where}: value`);
    if (seen.has(v)) throw schemaError(`${where}: value ${JSON.stringify(v)} is listed twice`);
    seen.add(v);
  }
}

export function validateCreateEnum(op: CreateEnumOp): void {
  assertName(op.name, "createEnum: type name");
  validateEnumValues(op.values, `createEnum "${op.name}"`);
}

export function reverseCreateEnum(op: CreateEnumOp): ReverseResult {
  return reversed(compact({ kind: "dropEnum", name: op.name, schema: op.schema, values: op.values }));
}

export function renderCreateEnumTs(op: CreateEnumOp): string {
  return tsCall("createEnum", [tsString(op.name), tsStrings(op.values)], [["schema", tsOptString(op.schema)]]);
}

import { tsBool, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, type ReverseResult, reversed, tsCall } from "./common.js";

export interface CreateSchemaOp {
  readonly kind: "createSchema";
  readonly name: string;
  readonly ifNotExists?: boolean;
}

export function createSchemaOp(name: string, options?: { readonly ifNotExists?: boolean }): CreateSchemaOp {
  return compact({ kind: "createSchema" as const, name, ifNotExists: options?.ifNotExists });
}

export function validateCreateSchema(op: CreateSchemaOp): void {
  assertName(op.name, "createSchema: schema name");
}

export function reverseCreateSchema(op: CreateSchemaOp): ReverseResult {
  return reversed(compact({ kind: "dropSchema", name: op.name, ifExists: op.ifNotExists }));
}

export function renderCreateSchemaTs(op: CreateSchemaOp): string {
  return tsCall("createSchema", [tsString(op.name)], [["ifNotExists", tsBool(op.ifNotExists)]]);
}

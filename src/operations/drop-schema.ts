import { tsBool, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, type ReverseResult, reversed, tsCall } from "./common.js";

export interface DropSchemaOp {
  readonly kind: "dropSchema";
  readonly name: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
}

export function dropSchemaOp(name: string, options?: { readonly ifExists?: boolean; readonly cascade?: boolean }): DropSchemaOp {
  return compact({ kind: "dropSchema" as const, name, ifExists: options?.ifExists, cascade: options?.cascade });
}

export function validateDropSchema(op: DropSchemaOp): void {
  assertName(op.name, "dropSchema: schema name");
}

export function reverseDropSchema(op: DropSchemaOp): ReverseResult {
  if (op.cascade) return irreversible(`dropSchema ${op.name} uses CASCADE; the schema's contents cannot be restored`);
  return reversed(compact({ kind: "createSchema", name: op.name, ifNotExists: op.ifExists }));
}

export function renderDropSchemaTs(op: DropSchemaOp): string {
  return tsCall("dropSchema", [tsString(op.name)], [
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
  ]);
}

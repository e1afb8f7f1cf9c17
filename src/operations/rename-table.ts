import { tsObject, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, type ReverseResult, reversed } from "./common.js";

export interface RenameTableOp {
  readonly kind: "renameTable";
  readonly table: string;
  readonly newName: string;
  readonly schema?: string;
}

export function renameTableOp(name: string, newName: string, options?: { readonly schema?: string }): RenameTableOp {
  return compact({ kind: "renameTable" as const, table: name, newName, schema: options?.schema });
}

export function validateRenameTable(op: RenameTableOp): void {
  assertName(op.table, "renameTable: table name");
  assertName(op.newName, "renameTable: new name");
}

export function reverseRenameTable(op: RenameTableOp): ReverseResult {
  return reversed(compact({ kind: "renameTable", table: op.newName, newName: op.table, schema: op.schema }));
}

export function renderRenameTableTs(op: RenameTableOp): string {
  const opts = tsObject([["schema", tsOptString(op.schema)]]);
  const args = [tsString(op.table), tsString(op.newName)];
  if (opts !== "{}") args.push(opts);
  return `op.renameTable(${args.join(", ")})`;
}

import { tsBool, tsObject, tsOptString, tsString } from "../schema/render-ts.js";
import type { TableDefinition } from "../schema/table.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed } from "./common.js";
import { createTableFromDefinition } from "./create-table.js";

export interface DropTableOp {
  readonly kind: "dropTable";
  readonly table: string;
  readonly schema?: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  /** The dropped table's definition; makes the drop reversible. */
  readonly original?: TableDefinition;
}

export interface DropTableOptions {
  readonly schema?: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  readonly original?: TableDefinition;
}

export function dropTableOp(name: string, options?: DropTableOptions): DropTableOp {
  return compact({ kind: "dropTable" as const, table: name, ...options });
}

export function validateDropTable(op: DropTableOp): void {
  assertName(op.table, "dropTable: table name");
}

export function reverseDropTable(op: DropTableOp): ReverseResult {
  if (!op.original) return irreversible(`dropTable ${label(op.table, op.schema)} has no original table definition`);
  if (op.cascade) return irreversible(`dropTable ${label(op.table, op.schema)} uses CASCADE; dependent objects cannot be restored`);
  return reversed(createTableFromDefinition({ ...op.original, name: op.table, ...(op.schema ? { schema: op.schema } : {}) }));
}

export function renderDropTableTs(op: DropTableOp): string {
  const opts = tsObject([
    ["schema", tsOptString(op.schema)],
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
  ]);
  return opts === "{}" ? `op.dropTable(${tsString(op.table)})` : `op.dropTable(${tsString(op.table)}, ${opts})`;
}

import type { MysqlAlterTableOptions } from "../dialects/mysql/options.js";
import type { ColumnDefinition } from "../schema/column.js";
import { tsBool, tsOptions, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName } from "../schema/validate.js";
import { compact, irreversible, label, type ReverseResult, reversed, tsCall } from "./common.js";

export interface DropColumnOp {
  readonly kind: "dropColumn";
  readonly table: string;
  readonly schema?: string;
  readonly column: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  /** The dropped column's definition; makes the drop reversible. */
  readonly original?: ColumnDefinition;
  /** MySQL/MariaDB only: ALGORITHM/LOCK. */
  readonly mysql?: MysqlAlterTableOptions;
}

export interface DropColumnOptions {
  readonly schema?: string;
  readonly ifExists?: boolean;
  readonly cascade?: boolean;
  readonly original?: ColumnDefinition;
  /** MySQL/MariaDB only: ALGORITHM/LOCK. */
  readonly mysql?: MysqlAlterTableOptions;
}

export function dropColumnOp(table: string, column: string, options?: DropColumnOptions): DropColumnOp {
  return compact({ kind: "dropColumn" as const, table, column, ...options });
}

export function validateDropColumn(op: DropColumnOp): void {
  assertName(op.table, "dropColumn: table name");
  assertName(op.column, "dropColumn: column name");
}

export function reverseDropColumn(op: DropColumnOp): ReverseResult {
  const what = `dropColumn ${label(op.table, op.schema)}.${op.column}`;
  if (!op.original) return irreversible(`${what} has no original column definition`);
  if (op.cascade) return irreversible(`${what} uses CASCADE; dependent objects cannot be restored`);
  return reversed(compact({ kind: "addColumn", table: op.table, schema: op.schema, column: { ...op.original, name: op.column }, mysql: op.mysql }));
}

export function renderDropColumnTs(op: DropColumnOp): string {
  return tsCall("dropColumn", [tsString(op.table), tsString(op.column)], [
    ["schema", tsOptString(op.schema)],
    ["ifExists", tsBool(op.ifExists)],
    ["cascade", tsBool(op.cascade)],
    ["mysql", tsOptions(op.mysql)],
  ]);
}

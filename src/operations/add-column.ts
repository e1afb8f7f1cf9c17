import type { MysqlAlterTableOptions } from "../dialects/mysql/options.js";
import type { ColumnDefinition } from "../schema/column.js";
import { tsBool, tsColumn, tsOptions, tsOptString, tsString } from "../schema/render-ts.js";
import { assertName, validateColumn } from "../schema/validate.js";
import { compact, type ReverseResult, reversed, tsCall } from "./common.js";

export interface AddColumnOp {
  readonly kind: "addColumn";
  readonly table: string;
  readonly schema?: string;
  readonly column: ColumnDefinition;
  readonly ifNotExists?: boolean;
  /** MySQL/MariaDB only: ALGORITHM/LOCK. */
  readonly mysql?: MysqlAlterTableOptions;
}

export interface AddColumnOptions {
  readonly schema?: string;
  readonly ifNotExists?: boolean;
  readonly mysql?: MysqlAlterTableOptions;
}

export function addColumnOp(table: string, column: ColumnDefinition, options?: AddColumnOptions): AddColumnOp {
  return compact({ kind: "addColumn" as const, table, schema: options?.schema, column, ifNotExists: options?.ifNotExists, mysql: options?.mysql });
}

export function validateAddColumn(op: AddColumnOp): void {
  assertName(op.table, "addColumn: table name");
  validateColumn(op.column, `addColumn on table "${op.table}"`);
}

export function reverseAddColumn(op: AddColumnOp): ReverseResult {
  return reversed(compact({ kind: "dropColumn", table: op.table, schema: op.schema, column: op.column.name, original: op.column, mysql: op.mysql }));
}

export function renderAddColumnTs(op: AddColumnOp): string {
  return tsCall("addColumn", [tsString(op.table), tsColumn(op.column)], [
    ["schema", tsOptString(op.schema)],
    ["ifNotExists", tsBool(op.ifNotExists)],
    ["mysql", tsOptions(op.mysql)],
  ]);
}

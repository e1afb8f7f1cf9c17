import type { MysqlAlterTableOptions } from "../dialects/mysql/options.js";
import type { ColumnDefinition } from "../schema/column.js";
import { type ReverseResult } from "./common.js";
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
export declare function addColumnOp(table: string, column: ColumnDefinition, options?: AddColumnOptions): AddColumnOp;
export declare function validateAddColumn(op: AddColumnOp): void;
export declare function reverseAddColumn(op: AddColumnOp): ReverseResult;
export declare function renderAddColumnTs(op: AddColumnOp): string;

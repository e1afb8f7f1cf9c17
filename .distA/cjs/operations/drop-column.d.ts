import type { MysqlAlterTableOptions } from "../dialects/mysql/options.js";
import type { ColumnDefinition } from "../schema/column.js";
import { type ReverseResult } from "./common.js";
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
export declare function dropColumnOp(table: string, column: string, options?: DropColumnOptions): DropColumnOp;
export declare function validateDropColumn(op: DropColumnOp): void;
export declare function reverseDropColumn(op: DropColumnOp): ReverseResult;
export declare function renderDropColumnTs(op: DropColumnOp): string;

import type { MysqlAlterColumnOptions } from "../dialects/mysql/options.js";
import type { ColumnType } from "../schema/column-type.js";
import { type SqlText } from "../schema/sql-expression.js";
import type { ColumnDefault } from "../schema/value.js";
import { type ReverseResult } from "./common.js";
/**
 * What to change on a column. `undefined` leaves a property alone; for
 * `default` and `comment`, `null` removes it. `existing*` describe the
 * column before the change and make the op reversible.
 */
export interface AlterColumnChanges {
    readonly type?: ColumnType;
    /** SQL converting old values to the new type (`USING`), e.g. `"CAST(amount AS numeric(10,2))"`. */
    readonly using?: SqlText;
    readonly nullable?: boolean;
    /** New default: a value, `sql("now()")`, or null to drop it. */
    readonly default?: ColumnDefault | null;
    readonly newName?: string;
    /** New comment, or null to remove it. */
    readonly comment?: string | null;
    readonly existingType?: ColumnType;
    readonly existingNullable?: boolean;
    /** The default before the change (null: there was none). */
    readonly existingDefault?: ColumnDefault | null;
    readonly existingComment?: string | null;
    /**
     * MySQL/MariaDB only: the rest of the column's definition that MODIFY COLUMN
     * rewrites (AUTO_INCREMENT, ON UPDATE, character set, collation) and
     * ALGORITHM/LOCK. Other dialects ignore it.
     */
    readonly mysql?: MysqlAlterColumnOptions;
    /** MySQL/MariaDB only: the column's options before the change (what the inverse restores); absent: the same as `mysql`. */
    readonly existingMysql?: MysqlAlterColumnOptions;
}
export interface AlterColumnOp extends AlterColumnChanges {
    readonly kind: "alterColumn";
    readonly table: string;
    readonly schema?: string;
    readonly column: string;
}
export interface AlterColumnOptions extends AlterColumnChanges {
    readonly schema?: string;
}
export declare function alterColumnOp(table: string, column: string, changes: AlterColumnOptions): AlterColumnOp;
export declare function alterColumnHasChanges(op: AlterColumnChanges): boolean;
export declare function validateAlterColumn(op: AlterColumnOp): void;
export declare function reverseAlterColumn(op: AlterColumnOp): ReverseResult;
export declare function renderAlterColumnTs(op: AlterColumnOp): string;

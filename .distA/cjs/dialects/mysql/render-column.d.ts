/** Column definitions and column operations for MySQL/MariaDB. */
import type { AddColumnOp } from "../../operations/add-column.js";
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { DropColumnOp } from "../../operations/drop-column.js";
import type { Operation } from "../../operations/operation.js";
import type { SetColumnCommentOp } from "../../operations/set-column-comment.js";
import { type ColumnDefinition } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { SqlStatement } from "../dialect.js";
import type { MysqlColumnOptions } from "./options.js";
import { type MysqlServer } from "./server.js";
/** The parts of a column MySQL writes in its definition. */
export interface ColumnParts {
    readonly name: string;
    readonly type: ColumnType;
    readonly nullable: boolean;
    /** undefined or null: no default. */
    readonly default?: ColumnDefault | null | undefined;
    readonly comment?: string | null | undefined;
    readonly autoIncrement?: boolean | undefined;
    readonly generated?: ColumnDefinition["generated"];
    readonly mysql?: MysqlColumnOptions | undefined;
    readonly unique?: boolean | undefined;
    readonly primaryKey?: boolean | undefined;
}
/** `type [CHARACTER SET] [COLLATE] [GENERATED ...] NULL|NOT NULL [DEFAULT] [ON UPDATE] [AUTO_INCREMENT] [UNIQUE] [PRIMARY KEY] [COMMENT]`, without the name. */
export declare function renderColumnBody(op: Operation, c: ColumnParts): string;
/** AUTO_INCREMENT for identity; its start (a table option) or null. Refuses what MySQL's AUTO_INCREMENT can't do. */
export declare function autoIncrementOf(op: Operation, column: ColumnDefinition): {
    auto: boolean;
    start: number | bigint | null;
};
export interface ColumnRenderOptions {
    /** The column belongs to a table-level primary key (so it is NOT NULL). */
    readonly inPrimaryKey: boolean;
    /** Render `PRIMARY KEY` on this column. */
    readonly inlinePrimaryKey: boolean;
}
/** `` `email` VARCHAR(255) NOT NULL ... `` */
export declare function renderColumnDefinition(op: Operation, column: ColumnDefinition, options: ColumnRenderOptions): string;
/** A column's `references` as a table-level FOREIGN KEY clause (MySQL ignores REFERENCES written on a column). */
export declare function columnForeignKey(op: Operation, column: ColumnDefinition, schema: string | undefined): string | null;
export declare function renderAddColumn(op: AddColumnOp, server: MysqlServer): SqlStatement[];
export declare function renderDropColumn(op: DropColumnOp, server: MysqlServer): SqlStatement[];
/**
 * Type, nullability and comment changes are `MODIFY COLUMN` with the full
 * definition (`CHANGE COLUMN` when the column is renamed too); a default
 * alone is `ALTER COLUMN ... SET/DROP DEFAULT`; a rename alone is `RENAME
 * COLUMN` where the server has it (MySQL 8.0, MariaDB 10.5.2), else `CHANGE`.
 */
export declare function renderAlterColumn(op: AlterColumnOp, server: MysqlServer): SqlStatement[];
export declare function renderSetColumnComment(op: SetColumnCommentOp): SqlStatement[];

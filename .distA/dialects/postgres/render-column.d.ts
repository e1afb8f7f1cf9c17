import { type ColumnDefinition } from "../../schema/column.js";
import type { AddColumnOp } from "../../operations/add-column.js";
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { DropColumnOp } from "../../operations/drop-column.js";
import type { SetColumnCommentOp } from "../../operations/set-column-comment.js";
import type { SqlStatement } from "../dialect.js";
export interface ColumnRenderOptions {
    /** Render `PRIMARY KEY` on this column. */
    readonly inlinePrimaryKey: boolean;
    /** The column belongs to a table-level primary key (so it is NOT NULL). */
    readonly inPrimaryKey: boolean;
}
/** `"email" VARCHAR(255) DEFAULT 'x' NOT NULL UNIQUE REFERENCES ...` */
export declare function renderColumnDefinition(column: ColumnDefinition, options: ColumnRenderOptions): string;
export declare function commentLiteral(comment: string | null): string;
export declare function columnCommentStatement(table: string, schema: string | undefined, column: string, comment: string | null): SqlStatement;
export declare function renderAddColumn(op: AddColumnOp): SqlStatement[];
export declare function renderDropColumn(op: DropColumnOp): SqlStatement[];
/**
 * Type, nullability and default changes go in one `ALTER TABLE` (applied
 * together), then the rename, then the comment (on the new name).
 */
export declare function renderAlterColumn(op: AlterColumnOp): SqlStatement[];
export declare function renderSetColumnComment(op: SetColumnCommentOp): SqlStatement[];

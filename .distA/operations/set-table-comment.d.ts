import { type ReverseResult } from "./common.js";
export interface SetTableCommentOp {
    readonly kind: "setTableComment";
    readonly table: string;
    readonly schema?: string;
    /** The new comment, or null to remove it. */
    readonly comment: string | null;
    /** The comment before (null: none); makes the op reversible. */
    readonly existingComment?: string | null;
}
export interface SetTableCommentOptions {
    readonly schema?: string;
    readonly existingComment?: string | null;
}
export declare function setTableCommentOp(table: string, comment: string | null, options?: SetTableCommentOptions): SetTableCommentOp;
export declare function validateSetTableComment(op: SetTableCommentOp): void;
export declare function reverseSetTableComment(op: SetTableCommentOp): ReverseResult;
export declare function renderSetTableCommentTs(op: SetTableCommentOp): string;

import { type ReverseResult } from "./common.js";
export interface SetColumnCommentOp {
    readonly kind: "setColumnComment";
    readonly table: string;
    readonly schema?: string;
    readonly column: string;
    /** The new comment, or null to remove it. */
    readonly comment: string | null;
    readonly existingComment?: string | null;
}
export interface SetColumnCommentOptions {
    readonly schema?: string;
    readonly existingComment?: string | null;
}
export declare function setColumnCommentOp(table: string, column: string, comment: string | null, options?: SetColumnCommentOptions): SetColumnCommentOp;
export declare function validateSetColumnComment(op: SetColumnCommentOp): void;
export declare function reverseSetColumnComment(op: SetColumnCommentOp): ReverseResult;
export declare function renderSetColumnCommentTs(op: SetColumnCommentOp): string;

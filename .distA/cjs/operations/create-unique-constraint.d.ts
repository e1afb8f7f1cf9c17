import { type ReverseResult } from "./common.js";
export interface CreateUniqueConstraintOp {
    readonly kind: "createUniqueConstraint";
    readonly name?: string;
    readonly table: string;
    readonly schema?: string;
    readonly columns: readonly string[];
    readonly nullsNotDistinct?: boolean;
    readonly deferrable?: boolean;
    readonly initiallyDeferred?: boolean;
}
export interface CreateUniqueConstraintOptions {
    readonly schema?: string;
    readonly nullsNotDistinct?: boolean;
    readonly deferrable?: boolean;
    readonly initiallyDeferred?: boolean;
}
export declare function createUniqueConstraintOp(name: string | null, table: string, columns: readonly string[], options?: CreateUniqueConstraintOptions): CreateUniqueConstraintOp;
export declare function validateCreateUniqueConstraint(op: CreateUniqueConstraintOp): void;
export declare function reverseCreateUniqueConstraint(op: CreateUniqueConstraintOp): ReverseResult;
export declare function renderCreateUniqueConstraintTs(op: CreateUniqueConstraintOp): string;

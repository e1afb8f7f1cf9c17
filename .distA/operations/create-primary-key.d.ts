import { type ReverseResult } from "./common.js";
export interface CreatePrimaryKeyOp {
    readonly kind: "createPrimaryKey";
    /** Constraint name; omitted: the database names it (and the op is not reversible). */
    readonly name?: string;
    readonly table: string;
    readonly schema?: string;
    readonly columns: readonly string[];
}
export declare function createPrimaryKeyOp(name: string | null, table: string, columns: readonly string[], options?: {
    readonly schema?: string;
}): CreatePrimaryKeyOp;
export declare function validateCreatePrimaryKey(op: CreatePrimaryKeyOp): void;
export declare function reverseCreatePrimaryKey(op: CreatePrimaryKeyOp): ReverseResult;
export declare function renderCreatePrimaryKeyTs(op: CreatePrimaryKeyOp): string;

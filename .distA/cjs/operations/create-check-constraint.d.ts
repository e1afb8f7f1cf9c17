import type { SqlText } from "../schema/sql-expression.js";
import { type ReverseResult } from "./common.js";
export interface CreateCheckConstraintOp {
    readonly kind: "createCheckConstraint";
    readonly name?: string;
    readonly table: string;
    readonly schema?: string;
    /** The condition (SQL by nature): `"price >= 0"` or `sql("price >= 0")`. */
    readonly expression: SqlText;
    readonly notValid?: boolean;
}
export interface CreateCheckConstraintOptions {
    readonly schema?: string;
    readonly notValid?: boolean;
}
export declare function createCheckConstraintOp(name: string | null, table: string, expression: SqlText, options?: CreateCheckConstraintOptions): CreateCheckConstraintOp;
export declare function validateCreateCheckConstraint(op: CreateCheckConstraintOp): void;
export declare function reverseCreateCheckConstraint(op: CreateCheckConstraintOp): ReverseResult;
export declare function renderCreateCheckConstraintTs(op: CreateCheckConstraintOp): string;

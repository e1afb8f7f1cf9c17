import { type ReverseResult } from "./common.js";
export interface DropSchemaOp {
    readonly kind: "dropSchema";
    readonly name: string;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
}
export declare function dropSchemaOp(name: string, options?: {
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
}): DropSchemaOp;
export declare function validateDropSchema(op: DropSchemaOp): void;
export declare function reverseDropSchema(op: DropSchemaOp): ReverseResult;
export declare function renderDropSchemaTs(op: DropSchemaOp): string;

import { type ReverseResult } from "./common.js";
export interface CreateSchemaOp {
    readonly kind: "createSchema";
    readonly name: string;
    readonly ifNotExists?: boolean;
}
export declare function createSchemaOp(name: string, options?: {
    readonly ifNotExists?: boolean;
}): CreateSchemaOp;
export declare function validateCreateSchema(op: CreateSchemaOp): void;
export declare function reverseCreateSchema(op: CreateSchemaOp): ReverseResult;
export declare function renderCreateSchemaTs(op: CreateSchemaOp): string;

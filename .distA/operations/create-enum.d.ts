import { type ReverseResult } from "./common.js";
export interface CreateEnumOp {
    readonly kind: "createEnum";
    readonly name: string;
    readonly schema?: string;
    readonly values: readonly string[];
}
export declare function createEnumOp(name: string, values: readonly string[], options?: {
    readonly schema?: string;
}): CreateEnumOp;
export declare function validateEnumValues(values: readonly string[], where: string): void;
export declare function validateCreateEnum(op: CreateEnumOp): void;
export declare function reverseCreateEnum(op: CreateEnumOp): ReverseResult;
export declare function renderCreateEnumTs(op: CreateEnumOp): string;

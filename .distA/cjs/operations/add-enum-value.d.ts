import { type ReverseResult } from "./common.js";
export interface AddEnumValueOp {
    readonly kind: "addEnumValue";
    /** The enum type. */
    readonly name: string;
    readonly schema?: string;
    readonly value: string;
    readonly before?: string;
    readonly after?: string;
    readonly ifNotExists?: boolean;
}
export interface AddEnumValueOptions {
    readonly schema?: string;
    readonly before?: string;
    readonly after?: string;
    readonly ifNotExists?: boolean;
}
export declare function addEnumValueOp(name: string, value: string, options?: AddEnumValueOptions): AddEnumValueOp;
export declare function validateAddEnumValue(op: AddEnumValueOp): void;
/** PostgreSQL cannot remove an enum value in place: the reverse rebuilds the type (see drop-enum-value.ts). */
export declare function reverseAddEnumValue(op: AddEnumValueOp): ReverseResult;
export declare function renderAddEnumValueTs(op: AddEnumValueOp): string;

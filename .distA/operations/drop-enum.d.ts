import { type ReverseResult } from "./common.js";
export interface DropEnumOp {
    readonly kind: "dropEnum";
    readonly name: string;
    readonly schema?: string;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    /** The type's labels before the drop; makes the drop reversible. */
    readonly values?: readonly string[];
}
export interface DropEnumOptions {
    readonly schema?: string;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    readonly values?: readonly string[];
}
export declare function dropEnumOp(name: string, options?: DropEnumOptions): DropEnumOp;
export declare function validateDropEnum(op: DropEnumOp): void;
export declare function reverseDropEnum(op: DropEnumOp): ReverseResult;
export declare function renderDropEnumTs(op: DropEnumOp): string;

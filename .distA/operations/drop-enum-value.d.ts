import { type ReverseResult } from "./common.js";
export interface DropEnumValueOp {
    readonly kind: "dropEnumValue";
    /** The enum type. */
    readonly name: string;
    readonly schema?: string;
    readonly value: string;
    /** Where the reverse puts the value back (from the `addEnumValue` this undoes). */
    readonly before?: string;
    readonly after?: string;
    /** Do nothing when the type has no such value. */
    readonly ifExists?: boolean;
}
export interface DropEnumValueOptions {
    readonly schema?: string;
    readonly before?: string;
    readonly after?: string;
    readonly ifExists?: boolean;
}
export declare function dropEnumValueOp(name: string, value: string, options?: DropEnumValueOptions): DropEnumValueOp;
export declare function validateDropEnumValue(op: DropEnumValueOp): void;
export declare function reverseDropEnumValue(op: DropEnumValueOp): ReverseResult;
export declare function describeDropEnumValue(op: DropEnumValueOp): string;
export declare function renderDropEnumValueTs(op: DropEnumValueOp): string;

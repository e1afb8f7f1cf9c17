import { type ReverseResult } from "./common.js";
export interface RenameEnumValueOp {
    readonly kind: "renameEnumValue";
    readonly name: string;
    readonly schema?: string;
    readonly from: string;
    readonly to: string;
}
export declare function renameEnumValueOp(name: string, from: string, to: string, options?: {
    readonly schema?: string;
}): RenameEnumValueOp;
export declare function validateRenameEnumValue(op: RenameEnumValueOp): void;
export declare function reverseRenameEnumValue(op: RenameEnumValueOp): ReverseResult;
export declare function renderRenameEnumValueTs(op: RenameEnumValueOp): string;

import { type ReverseResult } from "./common.js";
export interface RenameTableOp {
    readonly kind: "renameTable";
    readonly table: string;
    readonly newName: string;
    readonly schema?: string;
}
export declare function renameTableOp(name: string, newName: string, options?: {
    readonly schema?: string;
}): RenameTableOp;
export declare function validateRenameTable(op: RenameTableOp): void;
export declare function reverseRenameTable(op: RenameTableOp): ReverseResult;
export declare function renderRenameTableTs(op: RenameTableOp): string;

import type { ForeignKeyDefinition } from "../schema/constraints.js";
import { type ReverseResult } from "./common.js";
export interface CreateForeignKeyOptions extends Omit<ForeignKeyDefinition, "name" | "columns" | "refTable" | "refColumns"> {
    readonly schema?: string;
    /** `NOT VALID`: skip checking existing rows (validate later). */
    readonly notValid?: boolean;
}
export interface CreateForeignKeyOp extends CreateForeignKeyOptions {
    readonly kind: "createForeignKey";
    readonly name?: string;
    readonly table: string;
    readonly columns: readonly string[];
    readonly refTable: string;
    readonly refColumns: readonly string[];
}
export declare function createForeignKeyOp(name: string | null, table: string, columns: readonly string[], refTable: string, refColumns: readonly string[], options?: CreateForeignKeyOptions): CreateForeignKeyOp;
export declare function validateCreateForeignKey(op: CreateForeignKeyOp): void;
export declare function reverseCreateForeignKey(op: CreateForeignKeyOp): ReverseResult;
export declare function renderCreateForeignKeyTs(op: CreateForeignKeyOp): string;

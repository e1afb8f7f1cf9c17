import { type ReverseResult } from "./common.js";
import type { CreateIndexOp } from "./create-index.js";
export interface DropIndexOp {
    readonly kind: "dropIndex";
    readonly name: string;
    /** The indexed table (informational; PostgreSQL drops indexes by name). */
    readonly table?: string;
    /** The index's schema (the table's schema). */
    readonly schema?: string;
    readonly concurrently?: boolean;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    /** The op that created the index; makes the drop reversible. */
    readonly original?: CreateIndexOp;
}
export interface DropIndexOptions {
    readonly table?: string;
    readonly schema?: string;
    readonly concurrently?: boolean;
    readonly ifExists?: boolean;
    readonly cascade?: boolean;
    readonly original?: CreateIndexOp;
}
export declare function dropIndexOp(name: string, options?: DropIndexOptions): DropIndexOp;
export declare function validateDropIndex(op: DropIndexOp): void;
export declare function reverseDropIndex(op: DropIndexOp): ReverseResult;
export declare function renderDropIndexTs(op: DropIndexOp): string;

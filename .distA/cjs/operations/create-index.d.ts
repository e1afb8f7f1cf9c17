import type { IndexDefinition } from "../schema/indexes.js";
import { type ReverseResult } from "./common.js";
export interface CreateIndexOp extends IndexDefinition {
    readonly kind: "createIndex";
    readonly table: string;
    readonly schema?: string;
    /** `CREATE INDEX CONCURRENTLY`: cannot run inside a transaction. */
    readonly concurrently?: boolean;
    readonly ifNotExists?: boolean;
}
export interface CreateIndexOptions extends Omit<IndexDefinition, "name" | "columns"> {
    readonly schema?: string;
    readonly concurrently?: boolean;
    readonly ifNotExists?: boolean;
}
export declare function createIndexOp(name: string, table: string, columns: IndexDefinition["columns"], options?: CreateIndexOptions): CreateIndexOp;
export declare function validateCreateIndex(op: CreateIndexOp): void;
export declare function reverseCreateIndex(op: CreateIndexOp): ReverseResult;
export declare function renderCreateIndexTs(op: CreateIndexOp): string;

import { type RowValues } from "../schema/value.js";
import { type ReverseResult } from "./common.js";
export interface BulkInsertOp {
    readonly kind: "bulkInsert";
    readonly table: string;
    readonly schema?: string;
    /** Rows keyed by column name; a missing key or `undefined` inserts the column's DEFAULT. */
    readonly rows: readonly RowValues[];
}
export declare function bulkInsertOp(table: string, rows: readonly RowValues[], options?: {
    readonly schema?: string;
}): BulkInsertOp;
/** Column names in first-seen order across all rows. */
export declare function bulkInsertColumns(rows: readonly RowValues[]): string[];
export declare function validateBulkInsert(op: BulkInsertOp): void;
export declare function reverseBulkInsert(op: BulkInsertOp): ReverseResult;
export declare function renderBulkInsertTs(op: BulkInsertOp): string;

import type { RowValues } from "../schema/value.js";
import type { SqlStatement } from "./dialect.js";
export interface BulkInsertStyle {
    /** Rows in one statement at most. */
    readonly maxRows: number;
    /** Bound values in one statement at most. */
    readonly maxParams: number;
    /** The placeholder of the statement's n-th value, from 1 (`$1`, `?`). */
    placeholder(n: number): string;
    /** A value as the driver binds it. */
    bind(value: unknown): unknown;
}
/** `head` is `INSERT INTO <table> (<columns>) VALUES `; `columns` in that order. */
export declare function bulkInsertStatements(head: string, columns: readonly string[], rows: readonly RowValues[], style: BulkInsertStyle): SqlStatement[];

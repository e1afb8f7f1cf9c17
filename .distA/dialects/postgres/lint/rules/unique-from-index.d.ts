/** A unique constraint or primary key added directly to an existing table: its index is built under lock. */
export declare const uniqueFromIndex: import("../../../../lint/types.js").LintRule;

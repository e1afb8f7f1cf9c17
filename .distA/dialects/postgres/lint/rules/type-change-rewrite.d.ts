import type { ColumnType } from "../../../../schema/column-type.js";
/** Whether changing `from` to `to` keeps the stored bytes (no rewrite): longer or unbounded varchar, text, wider numeric. */
export declare function changeKeepsData(from: ColumnType, to: ColumnType): boolean;
/** A column's type changed in a way that rewrites the table (or may). */
export declare const typeChangeRewrite: import("../../../../lint/types.js").LintRule;

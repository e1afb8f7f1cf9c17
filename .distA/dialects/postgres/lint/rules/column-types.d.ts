/** The column types an operation writes, for the type rules (prefer-jsonb, prefer-timestamptz…). */
import type { ColumnType } from "../../../../schema/column-type.js";
import type { Operation } from "../../../../operations/operation.js";
import type { LintRule } from "../../../../lint/types.js";
export interface TypedColumn {
    /** `table.column`. */
    readonly at: string;
    readonly type: ColumnType;
    readonly primaryKey: boolean;
}
export declare function typedColumns(op: Operation): TypedColumn[];
/** A warning about a column type: `bad` says what is wrong with one column, or null. */
export declare function typeRule(info: Omit<LintRule, "check" | "severity">, bad: (column: TypedColumn, element: ColumnType) => string | null): LintRule;

/**
 * Generated columns (`GENERATED ALWAYS AS (expr) STORED`) in the comparison.
 * PostgreSQL cannot change a generation expression in place (before 17) nor
 * turn a plain column into a generated one, so any difference is a drop of
 * the column and an add of the model's: the stored values are recomputed,
 * and indexes or constraints on the column go with it.
 */
import type { ColumnDefinition } from "../../schema/column.js";
import type { CanonResult } from "../canonical-items.js";
import type { SchemaComparator } from "../schema-comparator.js";
import type { DbColumn } from "../schema-model.js";
export interface GeneratedChange {
    /** Drop the database column and add the model's. */
    readonly replace: boolean;
    /** Why, for the warnings (set when `replace`). */
    readonly warning?: string;
    /** The expression could not be settled (treated as unchanged). */
    readonly unverified?: string;
}
/** The model column's generation expression text, or null for a plain column. */
export declare function modelGeneratedExpression(column: ColumnDefinition): string | null;
/**
 * Compares the generation of a model column with the database's. `canon`
 * returns the server's text for the model's expression: undefined on the
 * first pass (not known yet), null when it could not be built.
 */
export declare function generatedChange(mc: ColumnDefinition, dc: DbColumn, where: string, canon: (expression: string) => CanonResult | undefined, cmp: Pick<SchemaComparator, "sameExpression" | "expressionVerdict">): GeneratedChange | null;

/**
 * Downgrade operations: each upgrade op's inverse (from the operations'
 * own `reverseOperation`), in reverse order. A type change back gets the
 * same `USING` cast treatment as the way up; ops without an inverse (an
 * added enum value) are reported instead of failing the whole file.
 */
import type { Operation } from "../../operations/operation.js";
import type { SchemaComparator } from "../schema-comparator.js";
export interface Downgrade {
    readonly operations: Operation[];
    /** Why some upgrade ops have no inverse. */
    readonly irreversible: string[];
}
/** The inverse of `upgrade`; `cmp` writes the conversions a reversed type change needs. */
export declare function downgradeOf(upgrade: readonly Operation[], cmp: Pick<SchemaComparator, "needsConversion" | "conversionExpression">): Downgrade;

/**
 * Column types described for people (`varchar(255)`, `mood[]`) and judged
 * for data loss, independent of any dialect's type grammar (that lives in
 * the dialect's comparator: src/dialects/<name>/grammar/types.ts).
 */
import type { ColumnType } from "../schema/column-type.js";
/** Serial kinds map to the integer type they create. */
export declare function serialBase(type: ColumnType): ColumnType | null;
/** A short human description: `varchar(255)`, `timestamptz`, `mood[]`. */
export declare function describeType(type: ColumnType): string;
/**
 * True when changing `from` to `to` may lose data or fail on existing rows
 * (shorter varchar, smaller numeric, a different family).
 */
export declare function isNarrowing(from: ColumnType, to: ColumnType): boolean;

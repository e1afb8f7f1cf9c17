/**
 * Changing a column's type on PostgreSQL: whether ALTER ... TYPE needs a
 * USING cast, and the cast (`"col"::type`).
 */
import type { ColumnType } from "../../schema/column-type.js";
/** Does ALTER ... TYPE need a USING cast (no assignment cast from the old type)? */
export declare function needsUsing(from: ColumnType, to: ColumnType): boolean;
/** A column type as SQL (for USING casts). */
export declare function typeSql(type: ColumnType): string;

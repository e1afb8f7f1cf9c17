import type { ColumnDefinition } from "../../schema/column.js";
import type { CheckDefinition, ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition } from "../../schema/indexes.js";
import type { TableDefinition } from "../../schema/table.js";
/** Loads `drizzle-orm/<core>`, preferring the copy next to `fromFile` (the user's models), then Athanor's. */
export declare function loadDrizzleCore<T>(subpath: string, fromFile?: string): T;
/** A drizzle `sql\`...\`` value (its class's entity kind is "SQL"). */
export declare function isDrizzleSqlValue(value: unknown): boolean;
/**
 * A table definition from what a reader collected, as every reader writes
 * it: primary-key columns are NOT NULL unless the column says otherwise, and
 * empty lists are left out.
 */
export declare function drizzleTableDefinition(parts: {
    readonly name: string;
    readonly schema?: string | undefined;
    readonly columns: readonly ColumnDefinition[];
    readonly primaryKey?: TableDefinition["primaryKey"];
    readonly foreignKeys?: readonly ForeignKeyDefinition[];
    readonly uniques?: readonly UniqueDefinition[];
    readonly checks?: readonly CheckDefinition[];
    readonly indexes?: readonly IndexDefinition[];
}): TableDefinition;

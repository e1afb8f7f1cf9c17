import type { DrizzleTableOptions } from "../../autogenerate/models/drizzle-readers.js";
import type { TableDefinition } from "../../schema/table.js";
/**
 * Converts one drizzle `sqliteTable` into a table definition. What it does not carry over is said (the shared
 * audit: `$defaultFn`/`$onUpdate` are client-side), in `options.notes` (said once for the model set) or else
 * through `warn`.
 */
export declare function fromSqliteDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition;
/** The reader the drizzle model registry dispatches to by the table's entity kind. */
export declare const sqliteDrizzleReader: {
    readonly tableKind: "SQLiteTable";
    readonly fromTable: (value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions) => TableDefinition;
};

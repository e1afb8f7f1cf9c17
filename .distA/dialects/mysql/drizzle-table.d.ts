import type { TableDefinition } from "../../schema/table.js";
/** Converts one drizzle `mysqlTable` into a table definition. `warn` gets what cannot be expressed. */
export declare function fromMysqlDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string): TableDefinition;
/** The reader the drizzle model registry dispatches to by the table's entity kind. */
export declare const mysqlDrizzleReader: {
    readonly tableKind: "MySqlTable";
    readonly fromTable: (value: unknown, warn: (message: string) => void, fromFile?: string, _options?: unknown) => TableDefinition;
};
/** The drizzle entity kind of a table object (`PgTable`, `MySqlTable`, `SQLiteTable`), or null. */
export declare function drizzleTableKind(value: unknown): string | null;

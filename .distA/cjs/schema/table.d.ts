import type { MysqlTableOptions } from "../dialects/mysql/options.js";
import type { ColumnDefinition } from "./column.js";
import type { CheckDefinition, ForeignKeyDefinition, PrimaryKeyDefinition, UniqueDefinition } from "./constraints.js";
import type { IndexDefinition } from "./indexes.js";
/** A table as data: what `op.createTable` builds and what a model describes. */
export interface TableDefinition {
    readonly name: string;
    readonly schema?: string;
    readonly columns: readonly ColumnDefinition[];
    /** Table-level (possibly composite, named) primary key. Alternative to `primaryKey: true` on columns. */
    readonly primaryKey?: PrimaryKeyDefinition;
    readonly foreignKeys?: readonly ForeignKeyDefinition[];
    readonly uniques?: readonly UniqueDefinition[];
    readonly checks?: readonly CheckDefinition[];
    readonly indexes?: readonly IndexDefinition[];
    readonly comment?: string;
    /** MySQL/MariaDB only: engine, default character set and collation (other dialects ignore it). */
    readonly mysql?: MysqlTableOptions;
}
/** The table body without its name: the second argument of `op.createTable(name, spec)`. */
export type TableSpec = Omit<TableDefinition, "name">;
/** Builds a table definition (for models): `defineTable("users", { columns: [...] })`. */
export declare function defineTable(name: string, spec: TableSpec): TableDefinition;
/** The primary-key columns of a table, from the table-level key or the columns' `primaryKey` flags. */
export declare function primaryKeyColumns(table: Pick<TableDefinition, "columns" | "primaryKey">): string[];

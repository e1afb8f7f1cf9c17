import type { ResolvedName, ResolvedTable } from "../../autogenerate/schema-comparator.js";
import type { TableDefinition } from "../../schema/table.js";
export declare function makeObjectName(name1: string, name2: string | null, label: string): string;
export declare function primaryKeyName(table: string): string;
export declare function uniqueName(table: string, columns: readonly string[]): string;
export declare function foreignKeyName(table: string, columns: readonly string[]): string;
/** `<table>_<col>_check` when the condition uses exactly one of the table's columns, else `<table>_check`. */
export declare function checkName(table: string, usedColumns: readonly string[]): string;
/**
 * The name PostgreSQL stores for `name`: identifiers longer than 63 bytes are
 * cut to 63 bytes on a character boundary when the statement is parsed
 * (`truncate_identifier`), whoever sent them.
 */
export declare function serverName(name: string): string;
/** Resolves the constraint and index names of a model table to the ones the server keeps. */
export declare function resolveServerNames(def: TableDefinition): ResolvedTable;
/**
 * Names that only collide because PostgreSQL cuts them: two constraint names
 * of one table, or two index-backed names (index, primary key, unique
 * constraint) of one schema. One message per name PostgreSQL would keep.
 */
export declare function truncationCollisions(names: ReadonlyArray<ResolvedName & {
    readonly schema: string;
    readonly table: string;
}>): string[];

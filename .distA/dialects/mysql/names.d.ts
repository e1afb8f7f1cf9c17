/**
 * Constraint and index names on MySQL/MariaDB, and the model brought to the
 * shape the server keeps:
 * - the primary key is always called PRIMARY (a name given to it is ignored);
 * - a unique index is a unique constraint (one object, one namespace);
 * - AUTO_INCREMENT has no ALWAYS/BY DEFAULT nor start/increment per column;
 * - InnoDB checks RESTRICT and NO ACTION alike, at once.
 * Names autogenerate gives unnamed constraints follow drizzle-kit's MySQL
 * defaults (`<table>_<cols>_unique`, `<table>_<cols>_fk`), cut to MySQL's
 * 64 characters with a hash so that they stay distinct.
 */
import type { ResolvedName, ResolvedTable } from "../../autogenerate/schema-comparator.js";
import type { TableDefinition } from "../../schema/table.js";
/** MySQL's longest identifier, in characters. */
export declare const MAX_NAME = 64;
export declare function fitName(name: string): string;
/** A name for ADD CONSTRAINT ... PRIMARY KEY (the server accepts it and keeps PRIMARY; it refuses `PRIMARY` itself). */
export declare function primaryKeyName(table: string): string;
export declare function uniqueName(table: string, columns: readonly string[]): string;
export declare function foreignKeyName(table: string, columns: readonly string[]): string;
export declare function checkName(table: string, usedColumns: readonly string[]): string;
/** The model table as MySQL keeps it (see the file comment); names are kept as written. */
export declare function resolveServerNames(def: TableDefinition): ResolvedTable;
/**
 * Names MySQL would refuse as duplicates: two indexes or unique constraints
 * of one table with the same name (case-insensitive, one namespace).
 */
export declare function nameCollisions(names: ReadonlyArray<ResolvedName & {
    readonly schema: string;
    readonly table: string;
}>): string[];

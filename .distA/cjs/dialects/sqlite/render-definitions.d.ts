/**
 * Column, constraint, index and table definitions as SQLite DDL, from the
 * neutral definitions (src/schema/). Used by createTable, addColumn and the
 * table rebuilds, so a column reads the same whichever wrote it.
 */
import { type ColumnDefinition, type ReferentialAction } from "../../schema/column.js";
import type { CheckDefinition, ForeignKeyDefinition, PrimaryKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import { type IndexDefinition } from "../../schema/indexes.js";
import type { TableDefinition } from "../../schema/table.js";
import type { ColumnSql, TableConstraintSql, TableSql } from "./table-sql.js";
export declare const DIALECT = "sqlite";
export declare function refuse(operation: string, alternative: string): never;
/** `DEFAULT` text: a literal, or `(expression)` for `sql()` (SQLite wants expressions in parentheses). */
export declare function renderDefault(value: unknown): string;
/** `REFERENCES "p" ("id") ON DELETE CASCADE ...` */
export declare function referencesClause(ref: {
    readonly refTable: string;
    readonly refSchema?: string | undefined;
    readonly refColumns?: readonly string[] | undefined;
    readonly onDelete?: ReferentialAction | undefined;
    readonly onUpdate?: ReferentialAction | undefined;
    readonly deferrable?: boolean | undefined;
    readonly initiallyDeferred?: boolean | undefined;
}): string;
/** The name of the CHECK that holds an enum column's values. */
export declare function enumCheckName(table: string, column: string): string;
/** The name of the CHECK that keeps a JSON column's text valid JSON. */
export declare function jsonCheckName(table: string, column: string): string;
export interface ColumnContext {
    readonly table: string;
    /** The column is part of the table's primary key. */
    readonly inPrimaryKey: boolean;
    /** Write `PRIMARY KEY` on the column itself (the key has this one column). */
    readonly columnPrimaryKey: boolean;
    /** The primary key's name, when the column carries it. */
    readonly primaryKeyName?: string | undefined;
    readonly where: string;
}
/** A column's type, nullability, key, default, generation and reference as SQLite constraints. */
export declare function columnSql(col: ColumnDefinition, ctx: ColumnContext): ColumnSql;
export declare function primaryKeySql(pk: PrimaryKeyDefinition): TableConstraintSql;
export declare function uniqueSql(u: UniqueDefinition, where: string): TableConstraintSql;
export declare function checkSql(c: CheckDefinition): TableConstraintSql;
export declare function foreignKeySql(fk: ForeignKeyDefinition, where: string): TableConstraintSql;
/** A table definition as `TableSql` (its parts, for createTable and for the offline record). */
export declare function tableSql(def: TableDefinition, where: string): TableSql;
/** `CREATE [UNIQUE] INDEX "name" ON "t" (...) [WHERE ...]`. */
export declare function createIndexSql(table: string, index: IndexDefinition, where: string, ifNotExists?: boolean): string;

export type ColumnConstraintKind = "primaryKey" | "notNull" | "null" | "unique" | "check" | "default" | "collate" | "references" | "generated";
export interface ColumnConstraintSql {
    readonly name: string | null;
    readonly kind: ColumnConstraintKind;
    /** As written, `CONSTRAINT name` included. */
    readonly text: string;
}
export interface ColumnSql {
    readonly name: string;
    /** The name as written (quoted or not), when read from SQL and not renamed. */
    readonly nameText?: string;
    /** The declared type as written (`VARCHAR(255)`), or "" when none. */
    readonly type: string;
    readonly constraints: readonly ColumnConstraintSql[];
    /** The definition as written; absent once edited. */
    readonly text?: string;
}
export type TableConstraintKind = "primaryKey" | "unique" | "check" | "foreignKey";
export interface TableConstraintSql {
    readonly name: string | null;
    readonly kind: TableConstraintKind;
    /** Key columns (primary key, unique, foreign key); empty for a CHECK. */
    readonly columns: readonly string[];
    /** The referenced table (foreign key). */
    readonly refTable?: string;
    readonly text: string;
}
export interface TableSql {
    readonly name: string;
    readonly columns: readonly ColumnSql[];
    readonly constraints: readonly TableConstraintSql[];
    /** What follows the closing parenthesis, e.g. `WITHOUT ROWID`, `STRICT` ("" when nothing). */
    readonly options: string;
}
/** Reads a `CREATE TABLE` statement. */
export declare function parseCreateTable(sql: string): TableSql;
/** A column's definition as SQL: as written when untouched. */
export declare function columnText(column: ColumnSql): string;
/** The `CREATE TABLE` statement for `table` under the name `as`. */
export declare function renderTableSql(table: TableSql, as?: string): string;
/** The column named `name` (SQLite names are case-insensitive). */
export declare function findColumn(table: TableSql, name: string): ColumnSql | undefined;
export declare function sameName(a: string, b: string): boolean;
/** Generated columns can't be inserted into: the rebuild copies the others. */
export declare function isGenerated(column: ColumnSql): boolean;
/** Does the table use AUTOINCREMENT (its counter lives in sqlite_sequence)? */
export declare function hasAutoincrement(table: TableSql): boolean;

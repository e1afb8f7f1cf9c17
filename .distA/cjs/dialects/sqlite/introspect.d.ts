/**
 * SQLite introspector for autogenerate: the tables of the `main` database
 * from SQLite's own PRAGMAs (table_xinfo, index_list, index_xinfo,
 * foreign_key_list), and what no PRAGMA gives (constraint names, CHECKs,
 * generated expressions, partial index predicates) from the stored
 * `CREATE TABLE`/`CREATE INDEX` text, read with the parser the table
 * rebuilds use (table-sql.ts).
 * - A TEXT column with the CHECK Athanor writes for an enum (`"col" IN (...)`,
 *   named `<table>_<col>_enum`) reads back as an inline enum, without the check.
 * - A TEXT column with `CHECK (json_valid("col"))` reads back as json.
 * - The index of a UNIQUE constraint (origin `u`) is a unique constraint,
 *   the primary key's (`pk`) is no index.
 */
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { DatabaseConnection } from "../dialect.js";
/** A declared type (`VARCHAR(255)`, `numeric (10,2)`) as a schema type; unknown names stay raw. */
export declare function typeFromDeclared(declared: string): ColumnType;
/** A CHECK's condition: the text inside `CHECK ( ... )`. */
export declare function checkExpression(text: string): string;
export declare function introspect(conn: DatabaseConnection, options?: IntrospectOptions): Promise<DatabaseSchema>;
export declare const sqliteIntrospector: SchemaIntrospector;

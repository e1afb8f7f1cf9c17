/**
 * The version table's row statements for dialects whose placeholders are
 * `?` (MySQL, SQLite): the same SQL, with the table named by the dialect.
 */
import type { VersionTableRef, VersionTableSql } from "./dialect.js";
type VersionRows = Pick<VersionTableSql, "selectHeads" | "insertHead" | "updateHead" | "deleteHead" | "deleteAllHeads">;
/** `table(ref)`: the version table's name, quoted and qualified by the dialect. */
export declare function questionMarkVersionRows(table: (ref: VersionTableRef) => string): VersionRows;
export {};

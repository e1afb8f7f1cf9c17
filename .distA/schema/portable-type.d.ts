/**
 * The portable type vocabulary: column types that mean the same on
 * PostgreSQL, MySQL/MariaDB and SQLite. Every other type belongs to one
 * dialect (PostgreSQL's live in the `pg` namespace); a dialect that cannot
 * store such a type refuses it with the portable alternative named here.
 */
import type { ColumnType } from "./column-type.js";
/**
 * True for the portable core: integers by size, text, bounded varchar/char,
 * boolean, numeric, real/double, date, time without time zone, timestamp with
 * or without time zone, uuid, json, binary, and an enum with its values.
 * Identity (auto-increment) is a column property, not a type.
 */
export declare function isPortableType(type: ColumnType): boolean;
/** The portable type (or column property) to use instead of a non-portable one, as a phrase: `t.json()`. */
export declare function portableAlternative(type: ColumnType): string;

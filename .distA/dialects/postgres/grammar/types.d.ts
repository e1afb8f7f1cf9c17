/**
 * Column types: parsing PostgreSQL type text (`character varying(255)`,
 * `timestamp(3) with time zone`, `int4[]`) into the schema vocabulary, and
 * the canonical form used to compare a model's type with the database's.
 */
import type { ColumnType } from "../../../schema/column-type.js";
/** Collapses whitespace and lower-cases outside double quotes. */
export declare function normaliseTypeText(text: string): string;
/**
 * Parses PostgreSQL type text. Known types become vocabulary kinds; anything
 * else (extension types, enums named in text, `bit(3)`) stays `raw` with
 * normalised text.
 */
export declare function parseSqlType(text: string): ColumnType;
/**
 * The canonical form of a type for comparison: synonyms merged (`t.sql("int4")`
 * is integer), defaults made explicit where PostgreSQL fills them in
 * (`char` is `char(1)`, `numeric(10)` is `numeric(10,0)`), nested arrays
 * flattened (PostgreSQL does not track dimensions), serials as their
 * integer type plus a flag (the sequence default is compared separately).
 */
export declare function canonicalType(type: ColumnType, defaultSchema: string): ColumnType;
/** Equality of two canonical types; a raw type matches an enum of the same (qualified) name. */
export declare function typesEqual(a: ColumnType, b: ColumnType, defaultSchema: string): boolean;

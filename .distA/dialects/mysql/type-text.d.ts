/**
 * MySQL/MariaDB column types for autogenerate, in both directions:
 * `information_schema.COLUMNS.COLUMN_TYPE` read into the schema vocabulary
 * (`int(11)` is `t.integer()`, `tinyint(1)` is `t.boolean()`, `datetime(3)`
 * is `t.timestamp(3)`), and any type brought to one canonical text as the
 * server keeps it, for comparison (display widths dropped, as MySQL 8.0.19+
 * does; synonyms merged: `integer` is `int`, `bool` is `tinyint(1)`,
 * `numeric` is `decimal(10,0)`).
 *
 * The portable types map as the MySQL renderer writes them: integer INT,
 * smallint SMALLINT, bigint BIGINT, boolean TINYINT(1), text TEXT,
 * numeric DECIMAL(p,s), real FLOAT, double DOUBLE, timestamp DATETIME(p),
 * timestamptz TIMESTAMP(p), uuid CHAR(36), json JSON (MariaDB: LONGTEXT
 * with a json_valid CHECK), binary LONGBLOB, an enum with its values
 * ENUM('a', ...). Other MySQL types are raw type text tagged "mysql".
 */
import type { ColumnType } from "../../schema/column-type.js";
/** Splits `enum('a','b''c')` values. */
export declare function parseQuotedList(inner: string): string[];
/**
 * A MySQL type text in the one canonical form both servers' catalogs can be
 * brought to: lower case, no display widths on integers (except
 * `tinyint(1)`), no `year(4)`, `decimal` with its implicit `(10,0)`,
 * `char`/`binary` with their implicit `(1)`, fractional-second precision 0 written as none, `character set`/`collate`
 * clauses dropped (collations are not compared).
 */
export declare function canonicalTypeText(text: string): string;
/** The canonical MySQL type text of a schema type (see canonicalTypeText). */
export declare function typeText(type: ColumnType): string;
/**
 * A column's type as the catalog gives it, in the schema vocabulary. `json`
 * is decided by the caller (MariaDB keeps JSON as LONGTEXT).
 */
export declare function typeFromCatalog(columnType: string): ColumnType;
/** Types whose default MySQL prints without quotes (numbers). */
export declare function isNumericTypeText(text: string): boolean;

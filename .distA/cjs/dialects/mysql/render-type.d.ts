/**
 * Column types as MySQL/MariaDB DDL. The portable vocabulary maps as
 * the autogenerate comparator reads them back: timestamp is DATETIME and
 * timestamp with time zone TIMESTAMP (kept in UTC, converted from and to the
 * session's time zone; 1970-2038), uuid is CHAR(36), binary is LONGBLOB; `mysql.*` types
 * and `t.sql()` are written as given. What MySQL can't store is refused by
 * `mysqlTypeSupport` before this runs.
 */
import type { ColumnType } from "../../schema/column-type.js";
export declare function renderColumnType(type: ColumnType): string;
/** Fractional-second precision of a datetime type (for `ON UPDATE CURRENT_TIMESTAMP(n)`), 0 when none. */
export declare function datetimePrecision(type: ColumnType): number;
/** Types whose values a key must index by prefix (`body(100)`): TEXT and BLOB kinds, JSON. */
export declare function needsPrefixLength(type: ColumnType): boolean;
/** Types that take a literal default only as an expression in parentheses (MySQL 8: TEXT, BLOB, JSON, geometry). */
export declare function defaultNeedsParentheses(type: ColumnType | undefined): boolean;

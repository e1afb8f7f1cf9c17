/**
 * Column types as MySQL/MariaDB DDL. The portable vocabulary maps as
 * the autogenerate comparator reads them back: timestamp is DATETIME and
 * timestamp with time zone TIMESTAMP (kept in UTC, converted from and to the
 * session's time zone; 1970-2038), uuid is CHAR(36), binary is LONGBLOB; `mysql.*` types
 * and `t.sql()` are written as given. What MySQL can't store is refused by
 * `mysqlTypeSupport` before this runs.
 */
import type { ColumnType } from "../../schema/column-type.js";
import { plainString } from "./literal.js";

function fsp(base: string, precision: number | undefined): string {
  return precision === undefined ? base : `${base}(${precision})`;
}

export function renderColumnType(type: ColumnType): string {
  switch (type.kind) {
    case "smallint":
      return "SMALLINT";
    case "integer":
      return "INT";
    case "bigint":
      return "BIGINT";
    case "boolean":
      return "BOOLEAN";
    case "text":
      return "TEXT";
    case "varchar":
      return `VARCHAR(${type.length})`;
    case "char":
      return type.length === undefined ? "CHAR" : `CHAR(${type.length})`;
    case "numeric":
      return type.scale === undefined ? `DECIMAL(${type.precision})` : `DECIMAL(${type.precision}, ${type.scale})`;
    case "real":
      return "FLOAT";
    case "double":
      return "DOUBLE";
    case "date":
      return "DATE";
    case "time":
      return fsp("TIME", type.precision);
    case "timestamp":
      return fsp("DATETIME", type.precision);
    case "timestamptz":
      // stored as UTC, converted from and to the session's time zone (Athanor's sessions: UTC); range 1970-2038
      return fsp("TIMESTAMP", type.precision);
    case "uuid":
      return "CHAR(36)";
    case "json":
      return "JSON";
    case "bytea":
      return "LONGBLOB";
    case "enum":
      return `ENUM(${(type.values ?? []).map(plainString).join(", ")})`;
    case "raw":
      return type.sql.trim();
    default:
      // refused by mysqlTypeSupport before rendering
      throw new TypeError(`no MySQL type for ${type.kind}`);
  }
}

/** Fractional-second precision of a datetime type (for `ON UPDATE CURRENT_TIMESTAMP(n)`), 0 when none. */
export function datetimePrecision(type: ColumnType): number {
  if (type.kind === "timestamp" || type.kind === "timestamptz" || type.kind === "time") return type.precision ?? 0;
  if (type.kind === "raw") {
    const m = /^\s*(datetime|timestamp)\s*\(\s*(\d)\s*\)/i.exec(type.sql);
    return m ? Number(m[2]) : 0;
  }
  return 0;
}

/** Types whose values a key must index by prefix (`body(100)`): TEXT and BLOB kinds, JSON. */
export function needsPrefixLength(type: ColumnType): boolean {
  switch (type.kind) {
    case "text":
    case "bytea":
    case "json":
      return true;
    case "raw":
      return /^\s*(tiny|medium|long)?(text|blob)\b/i.test(type.sql) || /^\s*json\b/i.test(type.sql);
    default:
      return false;
  }
}

/** Types that take a literal default only as an expression in parentheses (MySQL 8: TEXT, BLOB, JSON, geometry). */
export function defaultNeedsParentheses(type: ColumnType | undefined): boolean {
  return type !== undefined && needsPrefixLength(type);
}

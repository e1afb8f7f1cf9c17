/**
 * Column types as SQLite declares them. SQLite stores values by type
 * affinity (INTEGER, TEXT, REAL, NUMERIC, BLOB), derived from the declared
 * type's name; Athanor keeps the names people expect (`VARCHAR(255)`,
 * `BOOLEAN`, `TIMESTAMP`) so that introspection reads back what was written.
 */
import type { ColumnType } from "../../schema/column-type.js";
import { portableTypesOnly, type TypeSupport } from "../unsupported.js";

function withLength(base: string, n: number | undefined): string {
  return n === undefined ? base : `${base}(${n})`;
}

/** Portable types and `t.sql()`; enums are CHECK-based (their values inline), `pg.*` types refused. */
export const sqliteTypeSupport: TypeSupport = (type) => portableTypesOnly(type);

/** A column type as SQLite DDL. Enums become TEXT (their CHECK is a column constraint). */
export function renderColumnType(type: ColumnType): string {
  switch (type.kind) {
    case "integer":
      return "INTEGER";
    case "bigint":
      return "BIGINT";
    case "smallint":
      return "SMALLINT";
    case "boolean":
      return "BOOLEAN";
    case "text":
      return "TEXT";
    case "varchar":
      return withLength("VARCHAR", type.length);
    case "char":
      return withLength("CHAR", type.length);
    case "numeric":
      if (type.precision === undefined) return "NUMERIC";
      return type.scale === undefined ? `NUMERIC(${type.precision})` : `NUMERIC(${type.precision}, ${type.scale})`;
    case "real":
      return "REAL";
    case "double":
      return "DOUBLE PRECISION";
    case "date":
      return "DATE";
    case "time":
      return withLength("TIME", type.precision);
    case "timestamp":
      return withLength("TIMESTAMP", type.precision);
    case "timestamptz":
      return withLength("TIMESTAMPTZ", type.precision);
    case "uuid":
      return "UUID";
    case "json":
      return "TEXT";
    case "bytea":
      return "BLOB";
    case "enum":
      return "TEXT";
    case "raw":
      return type.sql.trim();
    default:
      // Refused earlier by sqliteTypeSupport.
      return "TEXT";
  }
}

/**
 * Column types described for people (`varchar(255)`, `mood[]`) and judged
 * for data loss, independent of any dialect's type grammar (that lives in
 * the dialect's comparator: src/dialects/<name>/grammar/types.ts).
 */
import type { ColumnType } from "../schema/column-type.js";

/** Serial kinds map to the integer type they create. */
export function serialBase(type: ColumnType): ColumnType | null {
  switch (type.kind) {
    case "serial":
      return { kind: "integer" };
    case "bigserial":
      return { kind: "bigint" };
    case "smallserial":
      return { kind: "smallint" };
    default:
      return null;
  }
}

/** A short human description: `varchar(255)`, `timestamptz`, `mood[]`. */
export function describeType(type: ColumnType): string {
  switch (type.kind) {
    case "varchar":
    case "char":
      return type.length === undefined ? type.kind : `${type.kind}(${type.length})`;
    case "numeric":
      if (type.precision === undefined) return "numeric";
      return type.scale === undefined ? `numeric(${type.precision})` : `numeric(${type.precision},${type.scale})`;
    case "time":
      return `time${type.precision === undefined ? "" : `(${type.precision})`}${type.withTimeZone ? " with time zone" : ""}`;
    case "timestamp":
    case "timestamptz":
      return `${type.kind}${type.precision === undefined ? "" : `(${type.precision})`}`;
    case "array":
      return `${describeType(type.of)}[]`;
    case "enum":
      // values given: an inline enum (MySQL, SQLite), which the values name; else a named type
      if (type.values !== undefined) return `enum(${type.values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")})`;
      return type.schema ? `${type.schema}.${type.name}` : type.name;
    case "raw":
      return type.sql;
    default:
      return type.kind;
  }
}

/**
 * True when changing `from` to `to` may lose data or fail on existing rows
 * (shorter varchar, smaller numeric, a different family).
 */
export function isNarrowing(from: ColumnType, to: ColumnType): boolean {
  if (from.kind === "varchar" && (to.kind === "varchar" || to.kind === "text")) {
    if (to.kind === "text" || to.length === undefined) return false;
    return from.length === undefined || to.length < from.length;
  }
  if (from.kind === "char" && (to.kind === "varchar" || to.kind === "text")) return false;
  if ((from.kind === "varchar" || from.kind === "char") && to.kind === "char") return true;
  if (from.kind === "text" && to.kind === "varchar") return to.length !== undefined;
  if (from.kind === "smallint" && (to.kind === "integer" || to.kind === "bigint" || to.kind === "numeric")) return false;
  if (from.kind === "integer" && (to.kind === "bigint" || to.kind === "numeric")) return false;
  if (from.kind === "numeric" && to.kind === "numeric") {
    if (to.precision === undefined) return false;
    if (from.precision === undefined) return true;
    const fs = from.scale ?? 0;
    const ts = to.scale ?? 0;
    return to.precision - ts < from.precision - fs || ts < fs;
  }
  if (from.kind === "real" && to.kind === "double") return false;
  if ((from.kind === "timestamp" || from.kind === "timestamptz") && (to.kind === "timestamp" || to.kind === "timestamptz")) {
    return (to.precision ?? 6) < (from.precision ?? 6);
  }
  if (from.kind === "json" && to.kind === "jsonb") return false;
  // an inline enum keeps every row's value when it keeps every value
  if (from.kind === "enum" && to.kind === "enum" && from.values !== undefined && to.values !== undefined) {
    const kept = new Set(to.values);
    return !from.values.every((v) => kept.has(v));
  }
  return true;
}

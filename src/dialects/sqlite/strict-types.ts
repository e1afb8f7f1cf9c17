/**
 * STRICT tables (SQLite 3.37+) accept six type names only: INT, INTEGER, REAL, TEXT, BLOB and ANY. A model written
 * for any SQLite table (`varchar(50)`, `boolean`, drizzle's `text({ length })`) is, in such a table, the one of the
 * six that holds its values as SQLite's type affinity rules would: autogenerate compares and writes that type, so
 * the revision runs and the next `check` is clean.
 */
import type { ColumnType } from "../../schema/column-type.js";
import { affinityOf } from "./affinity.js";
import { renderColumnType } from "./render-type.js";

export const STRICT_TYPES: readonly string[] = ["INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY"];

const INTEGER: ColumnType = { kind: "integer" };
const TEXT: ColumnType = { kind: "text" };
const REAL: ColumnType = { kind: "real" };
const BLOB: ColumnType = { kind: "bytea" };
const ANY: ColumnType = { kind: "raw", sql: "ANY" };

/** A declared type as the STRICT type of its affinity; NUMERIC, which STRICT lacks, is ANY. */
function byAffinity(declared: string): ColumnType {
  return { INTEGER, TEXT, BLOB, REAL, NUMERIC: ANY }[affinityOf(declared)];
}

/** The model's type as a STRICT table can declare it, or null when it is one of `accepted` already. */
export function strictTypeOf(type: ColumnType, accepted: readonly string[]): ColumnType | null {
  const rendered = renderColumnType(type).trim().toUpperCase();
  if (accepted.includes(rendered)) return null;
  switch (type.kind) {
    case "boolean":
      return INTEGER; // SQLite's own true and false are 1 and 0
    case "uuid":
    case "date":
    case "time":
    case "timestamp":
    case "timestamptz":
      return TEXT; // SQLite's date and time functions read and write text
    case "raw":
      return byAffinity(type.sql);
    default:
      return byAffinity(rendered);
  }
}

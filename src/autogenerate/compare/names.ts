/**
 * The names PostgreSQL gives unnamed constraints (`makeObjectName`):
 * `<table>_pkey`, `<table>_<cols>_key`, `<table>_<cols>_fkey`,
 * `<table>_<col>_check`, cut to 63 bytes by shortening the longer part.
 * Autogenerate writes these names into new constraints, so the generated
 * downgrade can drop them by name.
 */
import { MAX_IDENTIFIER_BYTES as MAX, truncateBytes } from "../models/naming.js";

export function makeObjectName(name1: string, name2: string | null, label: string): string {
  const overhead = Buffer.byteLength(label) + 1 + (name2 === null ? 0 : 1);
  const avail = MAX - overhead;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 === null ? 0 : Buffer.byteLength(name2);
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const p1 = truncateBytes(name1, n1);
  return name2 === null ? `${p1}_${label}` : `${p1}_${truncateBytes(name2, n2)}_${label}`;
}

export function primaryKeyName(table: string): string {
  return makeObjectName(table, null, "pkey");
}

export function uniqueName(table: string, columns: readonly string[]): string {
  return makeObjectName(table, truncateBytes(columns.join("_")), "key");
}

export function foreignKeyName(table: string, columns: readonly string[]): string {
  return makeObjectName(table, truncateBytes(columns.join("_")), "fkey");
}

/** `<table>_<col>_check` when the condition uses exactly one of the table's columns, else `<table>_check`. */
export function checkName(table: string, usedColumns: readonly string[]): string {
  const distinct = [...new Set(usedColumns)];
  return makeObjectName(table, distinct.length === 1 ? distinct[0]! : null, "check");
}

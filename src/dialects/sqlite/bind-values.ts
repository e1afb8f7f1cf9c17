/**
 * Values bound to SQLite statements. SQLite stores numbers, text, blobs and
 * NULL; the rest is mapped the way literal.ts writes it offline, so that an
 * online and an offline run store the same thing: booleans 1/0, a Date as
 * its UTC wall-clock time in SQLite's own text format (what CURRENT_TIMESTAMP
 * and datetime() write, so that values compare and sort with theirs), plain
 * objects and arrays as JSON text, Uint8Array as a blob, bigint as a 64-bit
 * integer.
 */
import { isPlainObject } from "../../schema/value.js";

/** `2026-01-02 03:04:05` (UTC), with `.678` when the Date has milliseconds: SQLite's datetime text. */
export function sqliteDateText(d: Date): string {
  const iso = d.toISOString(); // 2026-01-02T03:04:05.678Z
  const ms = iso.slice(19, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms === ".000" ? "" : ms}`;
}

export function bindValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case "boolean":
      return value ? 1 : 0;
    case "number":
    case "bigint":
    case "string":
      return value;
  }
  if (value instanceof Date) return sqliteDateText(value);
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  return value; // the driver refuses it with its own message
}

export function bindValues(params: readonly unknown[] | undefined): unknown[] {
  return params ? params.map(bindValue) : [];
}

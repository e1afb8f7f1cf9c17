/**
 * Values bound to SQLite statements. SQLite stores numbers, text, blobs and
 * NULL; the rest is mapped the way literal.ts writes it offline, so that an
 * online and an offline run store the same thing: booleans 1/0, a Date as
 * ISO-8601 UTC text, plain objects and arrays as JSON text, Uint8Array as a
 * blob, bigint as a 64-bit integer.
 */
import { isPlainObject } from "../../schema/value.js";

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
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  return value; // the driver refuses it with its own message
}

export function bindValues(params: readonly unknown[] | undefined): unknown[] {
  return params ? params.map(bindValue) : [];
}

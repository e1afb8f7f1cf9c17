import { isSqlExpression } from "./sql-expression.js";
import { isPlainObject } from "./value.js";
import { hasLoneSurrogate, LONE_SURROGATE } from "../util/lone-surrogate.js";

/**
 * Why `value` is not a valid SqlValue (`"is a function"`), or null when it is.
 * SqlExpressions are accepted only where `allowSql` is set (bulk-insert cells).
 */
export function describeInvalidValue(value: unknown, allowSql = false, depth = 0): string | null {
  if (depth > 100) return "is nested too deeply";
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      if (value.includes("\u0000"))
        return "contains a NUL character, which a text value cannot hold on every database (PostgreSQL refuses it); store such bytes as a Uint8Array in a binary column";
      return hasLoneSurrogate(value) ? LONE_SURROGATE : null;
    case "number":
    case "bigint":
    case "boolean":
      return null;
    case "undefined":
      return "is undefined";
    case "function":
      return "is a function";
    case "symbol":
      return "is a symbol";
  }
  if (isSqlExpression(value)) return allowSql ? null : "is a sql() expression, which is not allowed here";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "is an invalid Date" : null;
  if (value instanceof Uint8Array) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = describeInvalidValue(item, false, depth + 1);
      if (bad) return `has an array element that ${bad}`;
    }
    return null;
  }
  if (isPlainObject(value)) {
    try {
      JSON.stringify(value);
    } catch {
      return "is an object that cannot be serialised to JSON";
    }
    return null;
  }
  const ctor = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
  return `is a ${ctor}, which is not a supported value (use a string, number, bigint, boolean, null, Date, Uint8Array, array or plain object)`;
}

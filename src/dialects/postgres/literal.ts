/**
 * Values as escaped SQL literals, for DDL (which takes no bind parameters)
 * and for offline scripts. Strings double their quotes and use E'' when
 * they contain backslashes, so the result does not depend on
 * standard_conforming_strings.
 */
import { AthanorError } from "../../errors.js";
import { isSqlExpression } from "../../schema/sql-expression.js";
import { isPlainObject } from "../../schema/value.js";
import { hasLoneSurrogate, LONE_SURROGATE } from "../../util/lone-surrogate.js";

function literalError(message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED_VALUE", message);
}

/** `'it''s'`, or `E'a\\b'` when the text holds a backslash. */
export function quoteString(text: string): string {
  if (text.includes("\u0000")) throw literalError("a string value contains a NUL character, which PostgreSQL text cannot store");
  if (hasLoneSurrogate(text)) throw literalError(`a string value ${LONE_SURROGATE}`);
  const doubled = text.replace(/'/g, "''");
  return text.includes("\\") ? `E'${doubled.replace(/\\/g, "\\\\")}'` : `'${doubled}'`;
}

function byteaHex(bytes: Uint8Array): string {
  return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex")}`;
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) throw literalError("an invalid Date cannot be rendered as a literal");
  return d.toISOString();
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Number.POSITIVE_INFINITY) return "Infinity";
  if (n === Number.NEGATIVE_INFINITY) return "-Infinity";
  return String(n);
}

/** One element of an array literal `{...}`: NULL, or a double-quoted, backslash-escaped text. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) return arrayText(value);
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = numberText(value);
  else if (typeof value === "bigint") text = String(value);
  else if (typeof value === "boolean") text = value ? "t" : "f";
  else if (value instanceof Date) text = dateText(value);
  else if (value instanceof Uint8Array) text = byteaHex(value);
  else if (isPlainObject(value)) text = JSON.stringify(value);
  else throw literalError(`cannot render ${Object.prototype.toString.call(value)} inside an array literal`);
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function arrayText(values: readonly unknown[]): string {
  return `{${values.map(arrayElement).join(",")}}`;
}

/**
 * A value as a SQL literal: NULL, TRUE/FALSE, numbers, strings, Date (ISO
 * text), Uint8Array (bytea hex), arrays (an untyped `'{...}'` array literal,
 * cast by context like a bound parameter) and plain objects (JSON text).
 * `sql()` expressions are refused: they are not values.
 */
export function renderLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "number":
      return Number.isFinite(value) ? String(value) : `'${numberText(value)}'`;
    case "bigint":
      return String(value);
    case "string":
      return quoteString(value);
    case "function":
    case "symbol":
      throw literalError(`cannot render a ${typeof value} as a SQL literal`);
  }
  if (isSqlExpression(value)) throw literalError("a sql() expression is not a value; it cannot be rendered as a literal here");
  if (value instanceof Date) return quoteString(dateText(value));
  if (value instanceof Uint8Array) return `${quoteString(byteaHex(value))}::bytea`;
  if (Array.isArray(value)) return quoteString(arrayText(value));
  if (isPlainObject(value)) return quoteString(JSON.stringify(value));
  throw literalError(`cannot render ${Object.prototype.toString.call(value)} as a SQL literal`);
}

/** A value where SQL is allowed (defaults, bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export function renderValueOrSql(value: unknown): string {
  return isSqlExpression(value) ? value.sql : renderLiteral(value);
}

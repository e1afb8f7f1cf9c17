/**
 * Values as escaped SQLite literals, for DDL (which takes no bound
 * parameters: defaults, CHECKs) and for offline scripts. SQLite strings
 * only double their quotes (no backslash escapes); booleans are 0/1, blobs
 * X'..', dates ISO-8601 text (UTC), plain objects and arrays JSON text.
 */
import { AthanorError } from "../../errors.js";
import { isSqlExpression } from "../../schema/sql-expression.js";
import { isPlainObject } from "../../schema/value.js";
import { hasLoneSurrogate, LONE_SURROGATE } from "../../util/lone-surrogate.js";
import { sqliteDateText } from "./bind-values.js";

function literalError(message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED_VALUE", message);
}

/** `'it''s'`. A NUL is refused: the sqlite3 shell and many tools cut text there. */
export function quoteString(text: string): string {
  if (text.includes("\u0000")) throw literalError("a string value contains a NUL character, which an SQLite text literal cannot hold");
  if (hasLoneSurrogate(text)) throw literalError(`a string value ${LONE_SURROGATE}`);
  return `'${text.replace(/'/g, "''")}'`;
}

/** A Date as SQLite stores it when bound by Athanor: UTC datetime text (`2026-01-02 03:04:05[.678]`). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) throw literalError("an invalid Date cannot be rendered as a literal");
  return sqliteDateText(d);
}

function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return "NULL";
  // SQLite reads 9e999 as +Infinity and -9e999 as -Infinity (REAL overflow).
  if (n === Number.POSITIVE_INFINITY) return "9e999";
  if (n === Number.NEGATIVE_INFINITY) return "-9e999";
  return String(n);
}

/**
 * A value as a SQLite literal: NULL, 1/0, numbers, strings, Date (ISO text),
 * Uint8Array (X'..'), arrays and plain objects (JSON text). `sql()`
 * expressions are refused: they are not values.
 */
export function renderLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "boolean":
      return value ? "1" : "0";
    case "number":
      if (Number.isNaN(value)) throw literalError("NaN cannot be stored by SQLite (it becomes NULL)");
      return numberLiteral(value);
    case "bigint":
      return String(value);
    case "string":
      // the sqlite3 shell reads a script's CR LF as LF: a CR inside a value is written as char(13)
      return value.includes("\r") ? `(${value.split("\r").map(quoteString).join(" || char(13) || ")})` : quoteString(value);
    case "function":
    case "symbol":
      throw literalError(`cannot render a ${typeof value} as a SQL literal`);
  }
  if (isSqlExpression(value)) throw literalError("a sql() expression is not a value; it cannot be rendered as a literal here");
  if (value instanceof Date) return quoteString(dateText(value));
  if (value instanceof Uint8Array) return `X'${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}'`;
  if (Array.isArray(value) || isPlainObject(value)) return quoteString(JSON.stringify(value));
  throw literalError(`cannot render ${Object.prototype.toString.call(value)} as a SQL literal`);
}

/** A value where SQL is allowed (defaults, bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export function renderValueOrSql(value: unknown): string {
  return isSqlExpression(value) ? value.sql : renderLiteral(value);
}

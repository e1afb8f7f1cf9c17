/**
 * Values as escaped SQL literals for MySQL and MariaDB, for DDL (which takes
 * no bind parameters) and for offline scripts run with the `mysql`/`mariadb`
 * client. A literal means the same whether or not the server's sql_mode has
 * NO_BACKSLASH_ESCAPES: quotes are doubled (never backslash-escaped), and a
 * text holding a backslash, a control character or non-ASCII text is written
 * in hex with a character-set introducer (`_utf8mb4 X'615c62'`), which no
 * mode and no client character set reads differently. Only
 * positions that take a plain string (comments, ENUM labels) use
 * `plainString`, which must escape a backslash as `\\` (see docs/mysql.md).
 */
import { AthanorError } from "../../errors.js";
import { isSqlExpression } from "../../schema/sql-expression.js";
import { isPlainObject } from "../../schema/value.js";
import { hasLoneSurrogate, LONE_SURROGATE } from "../../util/lone-surrogate.js";

function literalError(message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED_VALUE", message);
}

function hex(text: string): string {
  return Buffer.from(text, "utf8").toString("hex");
}

/**
 * `'it''s'`; a text with a backslash, a control character or anything
 * beyond ASCII as `_utf8mb4 X'...'`, so that neither the server's sql_mode
 * nor the client's character set (a script piped to `mysql` with a latin1
 * default) changes what it means.
 */
export function quoteString(text: string): string {
  // CR too: the mysql/mariadb client reading an offline script turns CR LF into LF inside a quoted string.
  if (/[^\x20-\x7e\n\t]|\\/.test(text)) return `_utf8mb4 X'${hex(text)}'`;
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A string where MySQL's grammar takes only a plain quoted string (COMMENT,
 * ENUM/SET labels, and a default kept as expression text): quotes doubled,
 * a backslash written `\\`, CR, LF and Ctrl-Z as `\r`, `\n` and `\Z` (read as
 * one character unless the server runs with NO_BACKSLASH_ESCAPES), other
 * characters as they are (an offline script says `SET NAMES utf8mb4`).
 */
export function plainString(text: string): string {
  if (text.includes("\u0000")) throw literalError("a comment or label contains a NUL character, which MySQL cannot store there");
  if (hasLoneSurrogate(text)) throw literalError(`the comment or label ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} ${LONE_SURROGATE}`);
  // A line break is written as its escape: the mysql/mariadb client reading an offline script turns CR LF into LF
  // (and Ctrl-Z ends a file read as text on Windows).
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\u001a/g, "\\Z")}'`;
}

/**
 * A table or column comment as a plain string. MySQL and MariaDB keep
 * comments in 3-byte utf8, where a character beyond U+FFFF (an emoji) would
 * silently become `?`: refused instead.
 */
export function commentString(text: string): string {
  if (/[\u{10000}-\u{10FFFF}]/u.test(text))
    throw literalError(
      `the comment ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} holds a character beyond U+FFFF (such as an emoji), which MySQL and MariaDB cannot store in a comment (they would store "?")`,
    );
  return plainString(text);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `2024-01-02 03:04:05.678` in UTC: what a DATETIME takes (no `T`, no zone). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) throw literalError("an invalid Date cannot be rendered as a literal");
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? base : `${base}.${pad(ms, 3)}`;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw literalError(`${n} cannot be stored by MySQL (no NaN or Infinity in its numeric types)`);
  return String(n);
}

/**
 * A value as a SQL literal: NULL, TRUE/FALSE, numbers, strings, Date (UTC
 * `YYYY-MM-DD hh:mm:ss.fff`), Uint8Array (`X'..'`), plain objects (JSON text).
 * Arrays are refused (MySQL has no array values; store `JSON.stringify([...])`
 * in a JSON column); `sql()` expressions are not values.
 */
export function renderLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "number":
      return numberText(value);
    case "bigint":
      return String(value);
    case "string":
      return quoteString(value);
    case "function":
    case "symbol":
      throw literalError(`cannot render a ${typeof value} as a SQL literal`);
  }
  if (isSqlExpression(value)) throw literalError("a sql() expression is not a value; it cannot be rendered as a literal here");
  if (value instanceof Date) return `'${dateText(value)}'`;
  if (value instanceof Uint8Array) return `X'${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}'`;
  if (Array.isArray(value)) throw arrayError();
  if (isPlainObject(value)) return quoteString(JSON.stringify(value));
  throw literalError(`cannot render ${Object.prototype.toString.call(value)} as a SQL literal`);
}

function arrayError(): AthanorError {
  return literalError("MySQL has no array values; store JSON text instead (JSON.stringify([...]) in a t.json() column)");
}

/**
 * A value as mysql2 binds it, with the same meaning as its literal: plain
 * objects as JSON text (mysql2 would expand them to `key = value` lists),
 * Uint8Array as Buffer, bigint as its decimal text, Date as UTC text.
 */
export function bindValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "bigint") return String(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : numberText(value);
  if (value instanceof Date) return dateText(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) throw arrayError();
  if (isSqlExpression(value)) throw literalError("a sql() expression is not a value; it cannot be bound");
  if (isPlainObject(value)) return JSON.stringify(value);
  return value;
}

/** A value where SQL is allowed (bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export function renderValueOrSql(value: unknown): string {
  return isSqlExpression(value) ? value.sql : renderLiteral(value);
}

/**
 * Values as escaped SQL literals for MySQL and MariaDB, for DDL (which takes
 * no bind parameters) and for offline scripts run with the `mysql`/`mariadb`
 * client. Skeleton: filled in by the renderer work.
 */
import { AthanorError } from "../../errors.js";
import { isSqlExpression } from "../../schema/sql-expression.js";

function literalError(message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED_VALUE", message);
}

/** `'it''s'`; a backslash is written so that it means itself with or without NO_BACKSLASH_ESCAPES. */
export function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function renderLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  throw literalError(`cannot render ${Object.prototype.toString.call(value)} as a SQL literal`);
}

/** A value where SQL is allowed (defaults, bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export function renderValueOrSql(value: unknown): string {
  return isSqlExpression(value) ? value.sql : renderLiteral(value);
}

/**
 * Identifier quoting for MySQL and MariaDB: every identifier is written in
 * backticks, with embedded backticks doubled, so case, spaces, quotes and
 * reserved words are preserved whatever the server's sql_mode (ANSI_QUOTES
 * changes what `"` means, never what a backtick means). What the server
 * would refuse in a name is refused here, before any statement is sent: more
 * than 64 characters, a NUL, a character beyond U+FFFF (names are kept in
 * 3-byte utf8), a trailing space.
 */
import { AthanorError } from "../../errors.js";

/** MySQL's identifier limit, in characters (tables, columns, indexes, constraints, databases). */
export const MAX_IDENTIFIER_CHARS = 64;

export function quoteIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0) throw new AthanorError("DIALECT.INVALID_IDENTIFIER", "an identifier must be a non-empty string");
  if (name.includes("\u0000"))
    throw new AthanorError("DIALECT.INVALID_IDENTIFIER", `identifier ${JSON.stringify(name)} contains a NUL character`);
  const chars = [...name].length;
  if (chars > MAX_IDENTIFIER_CHARS)
    throw new AthanorError(
      "DIALECT.INVALID_IDENTIFIER",
      `identifier ${JSON.stringify(name)} is ${chars} characters long; MySQL allows ${MAX_IDENTIFIER_CHARS}`,
    );
  // MySQL and MariaDB keep names in 3-byte utf8: the server refuses the statement ("Invalid utf8mb4 character string")
  if (/[\u{10000}-\u{10FFFF}]/u.test(name))
    throw new AthanorError(
      "DIALECT.INVALID_IDENTIFIER",
      `identifier ${JSON.stringify(name)} holds a character beyond U+FFFF (such as an emoji), which MySQL and MariaDB do not allow in names`,
    );
  if (/\s$/.test(name))
    throw new AthanorError("DIALECT.INVALID_IDENTIFIER", `identifier ${JSON.stringify(name)} ends with a space, which MySQL does not allow`);
  return `\`${name.replace(/`/g, "``")}\``;
}

/** `` `schema`.`name` `` (a MySQL schema is a database), or `` `name` `` without one. */
export function qualify(name: string, schema?: string | null): string {
  return schema ? `${quoteIdentifier(schema)}.${quoteIdentifier(name)}` : quoteIdentifier(name);
}

export function quoteList(names: readonly string[]): string {
  return names.map(quoteIdentifier).join(", ");
}

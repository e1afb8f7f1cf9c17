/**
 * Identifier quoting for SQLite: every identifier is double-quoted, with
 * embedded `"` doubled, so case, spaces and reserved words are preserved.
 * SQLite has no schemas (only attached databases, which Athanor does not
 * manage): a schema is refused with one line naming the alternative.
 */
import { AthanorError } from "../../errors.js";

/** SQLite has no limit of its own on identifier length; this keeps names sane (and matches SQLITE_MAX_SQL_LENGTH margins). */
export const SQLITE_IDENTIFIER_MAX_BYTES = 1024;

export function quoteIdentifier(name: string): string {
  if (typeof name !== "string" || name.length === 0) throw new AthanorError("DIALECT.INVALID_IDENTIFIER", "an identifier must be a non-empty string");
  if (name.includes("\u0000"))
    throw new AthanorError("DIALECT.INVALID_IDENTIFIER", `identifier ${JSON.stringify(name)} contains a NUL character`);
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > SQLITE_IDENTIFIER_MAX_BYTES)
    throw new AthanorError(
      "DIALECT.INVALID_IDENTIFIER",
      `identifier ${JSON.stringify(name)} is ${bytes} bytes long; Athanor allows ${SQLITE_IDENTIFIER_MAX_BYTES} on SQLite`,
    );
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"name"`. A schema is refused: SQLite has none (attached databases are not managed by Athanor). */
export function qualify(name: string, schema?: string | null): string {
  if (schema !== undefined && schema !== null && schema !== "" && schema !== "main")
    // the words of unsupportedMessage() (unsupported.ts), without importing it: quote.ts is loaded by the dialect object itself
    throw new AthanorError(
      "DIALECT.UNSUPPORTED",
      `the schema-qualified name ${schema}.${name} is not supported on sqlite; SQLite has no schemas: drop the schema (one database file is one schema), or use another database file`,
    );
  return quoteIdentifier(name);
}

export function quoteList(names: readonly string[]): string {
  return names.map(quoteIdentifier).join(", ");
}

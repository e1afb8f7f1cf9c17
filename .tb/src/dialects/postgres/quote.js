/**
 * Identifier quoting for PostgreSQL: every identifier is double-quoted, with
 * embedded `"` doubled, so case, spaces and reserved words are preserved.
 */
import { AthanorError } from "../../errors.js";
import { postgresCapabilities } from "./capabilities.js";
/** PostgreSQL's NAMEDATALEN - 1 (the dialect's `identifierMaxBytes`): longer identifiers are silently truncated by the server. */
export const MAX_IDENTIFIER_BYTES = postgresCapabilities.identifierMaxBytes;
export function quoteIdentifier(name) {
    if (typeof name !== "string" || name.length === 0)
        throw new AthanorError("DIALECT.INVALID_IDENTIFIER", "an identifier must be a non-empty string");
    if (name.includes("\u0000"))
        throw new AthanorError("DIALECT.INVALID_IDENTIFIER", `identifier ${JSON.stringify(name)} contains a NUL character`);
    const bytes = Buffer.byteLength(name, "utf8");
    if (bytes > MAX_IDENTIFIER_BYTES)
        throw new AthanorError("DIALECT.INVALID_IDENTIFIER", `identifier ${JSON.stringify(name)} is ${bytes} bytes long; PostgreSQL allows ${MAX_IDENTIFIER_BYTES} and would silently truncate it`);
    return `"${name.replace(/"/g, '""')}"`;
}
/** `"schema"."name"`, or `"name"` without a schema. */
export function qualify(name, schema) {
    return schema ? `${quoteIdentifier(schema)}.${quoteIdentifier(name)}` : quoteIdentifier(name);
}
export function quoteList(names) {
    return names.map(quoteIdentifier).join(", ");
}
const BARE_NAME = /^[a-z_][a-z0-9_]*$/;
/**
 * A catalog name that is conventionally written bare (access method,
 * operator class): bare when it is a plain lower-case word, else quoted.
 * Dotted names are treated as `schema.name`.
 */
export function catalogName(name) {
    return name
        .split(".")
        .map((part) => (BARE_NAME.test(part) ? part : quoteIdentifier(part)))
        .join(".");
}

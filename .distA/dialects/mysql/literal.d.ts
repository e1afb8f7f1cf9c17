/**
 * `'it''s'`; a text with a backslash, a control character or anything
 * beyond ASCII as `_utf8mb4 X'...'`, so that neither the server's sql_mode
 * nor the client's character set (a script piped to `mysql` with a latin1
 * default) changes what it means.
 */
export declare function quoteString(text: string): string;
/**
 * A string where MySQL's grammar takes only a plain quoted string (COMMENT,
 * ENUM/SET labels): quotes doubled, a backslash written `\\`, CR and LF as
 * `\r` and `\n` (read as one character unless the server runs with
 * NO_BACKSLASH_ESCAPES).
 */
export declare function plainString(text: string): string;
/**
 * A table or column comment as a plain string. MySQL and MariaDB keep
 * comments in 3-byte utf8, where a character beyond U+FFFF (an emoji) would
 * silently become `?`: refused instead.
 */
export declare function commentString(text: string): string;
/** `2024-01-02 03:04:05.678` in UTC: what a DATETIME takes (no `T`, no zone). */
export declare function dateText(d: Date): string;
/**
 * A value as a SQL literal: NULL, TRUE/FALSE, numbers, strings, Date (UTC
 * `YYYY-MM-DD hh:mm:ss.fff`), Uint8Array (`X'..'`), plain objects (JSON text).
 * Arrays are refused (MySQL has no array values; store `JSON.stringify([...])`
 * in a JSON column); `sql()` expressions are not values.
 */
export declare function renderLiteral(value: unknown): string;
/**
 * A value as mysql2 binds it, with the same meaning as its literal: plain
 * objects as JSON text (mysql2 would expand them to `key = value` lists),
 * Uint8Array as Buffer, bigint as its decimal text, Date as UTC text.
 */
export declare function bindValue(value: unknown): unknown;
/** A value where SQL is allowed (bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export declare function renderValueOrSql(value: unknown): string;

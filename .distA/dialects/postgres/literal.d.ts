/** `'it''s'`, or `E'a\\b'` when the text holds a backslash. */
export declare function quoteString(text: string): string;
/**
 * A value as a SQL literal: NULL, TRUE/FALSE, numbers, strings, Date (ISO
 * text), Uint8Array (bytea hex), arrays (an untyped `'{...}'` array literal,
 * cast by context like a bound parameter) and plain objects (JSON text).
 * `sql()` expressions are refused: they are not values.
 */
export declare function renderLiteral(value: unknown): string;
/** A value where SQL is allowed (defaults, bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export declare function renderValueOrSql(value: unknown): string;

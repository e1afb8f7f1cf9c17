/** `'it''s'`. A NUL is refused: the sqlite3 shell and many tools cut text there. */
export declare function quoteString(text: string): string;
/** A Date as SQLite stores it when bound by Athanor: UTC datetime text (`2026-01-02 03:04:05[.678]`). */
export declare function dateText(d: Date): string;
/**
 * A value as a SQLite literal: NULL, 1/0, numbers, strings, Date (ISO text),
 * Uint8Array (X'..'), arrays and plain objects (JSON text). `sql()`
 * expressions are refused: they are not values.
 */
export declare function renderLiteral(value: unknown): string;
/** A value where SQL is allowed (defaults, bulk-insert cells): `sql()` verbatim, anything else as a literal. */
export declare function renderValueOrSql(value: unknown): string;

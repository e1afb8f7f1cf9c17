/**
 * SQLite's own column options (`sqlite: { ... }` on a column definition);
 * other dialects ignore them.
 */
export interface SqliteColumnOptions {
  /**
   * `INTEGER PRIMARY KEY AUTOINCREMENT`: ids are never reused, even after the
   * row with the largest one is deleted (SQLite keeps the highest id ever used
   * in `sqlite_sequence`). Only on the table's one-column integer primary key;
   * drizzle's `.primaryKey({ autoIncrement: true })` means this.
   */
  readonly autoincrement?: boolean;
  /**
   * `COLLATE <name>`: how the column's text compares and sorts (`NOCASE`,
   * `RTRIM`, `BINARY`, or one the application registers). Kept when a table
   * is rebuilt or dropped and made again. Autogenerate compares it (names
   * case-insensitively, none being BINARY) and changes it by a rebuild.
   */
  readonly collation?: string;
}

/** SQLite's own options of an alterColumn (`sqlite` and `existingSqlite`); other dialects ignore them. */
export interface SqliteAlterColumnOptions {
  /** The column's new collation (`NOCASE`, `RTRIM`, one the application registers); `BINARY` removes its own. A rebuild. */
  readonly collation?: string;
}

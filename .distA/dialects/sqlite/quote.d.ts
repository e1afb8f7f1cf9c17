/** SQLite has no limit of its own on identifier length; this keeps names sane (and matches SQLITE_MAX_SQL_LENGTH margins). */
export declare const SQLITE_IDENTIFIER_MAX_BYTES = 1024;
export declare function quoteIdentifier(name: string): string;
/** `"name"`. A schema is refused: SQLite has none (attached databases are not managed by Athanor). */
export declare function qualify(name: string, schema?: string | null): string;
export declare function quoteList(names: readonly string[]): string;

import type { DialectUrls } from "../dialect.js";
export declare const MEMORY = ":memory:";
export type SqliteTarget = {
    readonly kind: "memory";
} | {
    readonly kind: "file";
    readonly path: string;
};
/** The path part of a SQLite URL as written (relative paths stay relative), or `:memory:`. */
export declare function sqlitePathOf(url: string): string;
/** Where a URL points; relative paths against the current directory (the registry makes them absolute against the config's folder first). */
export declare function parseSqliteUrl(url: string): SqliteTarget;
/** The canonical form: `sqlite:<path as written>` or `sqlite::memory:`. */
export declare function normalizeSqliteUrl(url: string): string;
/** `sqlite:./app.db` is relative to the folder that named it (the config's, or the current one): made absolute. */
export declare function resolveSqlitePaths(url: string, base: string): string;
export declare const sqliteUrls: DialectUrls;

import type { DatabaseConnection, QueryResult } from "../dialect.js";
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";
/** What the SQLite dialect's own collaborators (the lock) need to know about a connection. */
export interface SqliteFileInfo {
    /** The database file's absolute path; null for an in-memory (or temporary) database. */
    readonly sqliteFile: string | null;
}
export declare function sqliteFileOf(conn: DatabaseConnection): string | null | undefined;
export declare class SqliteConnection implements DatabaseConnection, SqliteFileInfo {
    #private;
    readonly dialect = "sqlite";
    readonly sqliteFile: string | null;
    constructor(db: BetterSqliteDatabase, owned: boolean);
    get database(): BetterSqliteDatabase;
    query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
    exec(sql: string): Promise<void>;
    close(): Promise<void>;
}

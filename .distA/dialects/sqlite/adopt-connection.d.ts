/**
 * Wraps a connection the application already has: a better-sqlite3
 * `Database` (or Athanor's own SQLite connection, or any DatabaseConnection
 * when the configured URL is a sqlite: one). The application keeps
 * ownership: closing the wrapper never closes its database.
 */
import type { DatabaseConnection } from "../dialect.js";
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";
/** A better-sqlite3 Database: prepare/exec/pragma and its `inTransaction`, `memory` and `name` properties. */
export declare function isBetterSqliteDatabase(o: unknown): o is BetterSqliteDatabase;
export declare function adoptConnection(external: unknown): Promise<DatabaseConnection | null>;

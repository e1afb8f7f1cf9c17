/**
 * Wraps a connection the application already has: a better-sqlite3
 * `Database` (or Athanor's own SQLite connection, or any DatabaseConnection
 * when the configured URL is a sqlite: one). The application keeps
 * ownership: closing the wrapper never closes its database.
 */
import type { DatabaseConnection, QueryResult } from "../dialect.js";
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";
import { SqliteConnection } from "./connection.js";
import { MEMORY } from "./urls.js";

function isFn(o: unknown, name: string): boolean {
  return typeof o === "object" && o !== null && typeof (o as Record<string, unknown>)[name] === "function";
}

/** A better-sqlite3 Database: prepare/exec/pragma and its `inTransaction`, `memory` and `name` properties. */
export function isBetterSqliteDatabase(o: unknown): o is BetterSqliteDatabase {
  return isFn(o, "prepare") && isFn(o, "exec") && isFn(o, "pragma") && typeof (o as Record<string, unknown>).inTransaction === "boolean" && typeof (o as Record<string, unknown>).name === "string";
}

/** `driverObjectsOnly`: a better-sqlite3 Database (or Athanor's SQLite connection) only; otherwise also any DatabaseConnection. */
export async function adoptConnection(external: unknown, opts: { driverObjectsOnly?: boolean } = {}): Promise<DatabaseConnection | null> {
  if (external instanceof SqliteConnection) return new SqliteConnection(external.database, false);
  if (isBetterSqliteDatabase(external)) return new SqliteConnection(external, false);
  if (!opts.driverObjectsOnly && isFn(external, "query") && isFn(external, "exec") && isFn(external, "close")) {
    const conn = external as DatabaseConnection;
    return {
      query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
        return conn.query<R>(sql, params);
      },
      exec: (sql) => conn.exec(sql),
      async close() {},
    };
  }
  return null;
}

/** The file a better-sqlite3 Database (or Athanor's SQLite connection) has open, as a sqlite: URL. */
export function describeAdopted(external: unknown): string | null {
  const db = external instanceof SqliteConnection ? external.database : isBetterSqliteDatabase(external) ? external : null;
  if (!db) return null;
  return db.memory || db.name === "" || db.name === MEMORY ? "sqlite::memory:" : `sqlite:${db.name}`;
}

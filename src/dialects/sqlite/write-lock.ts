/**
 * The migration lock on SQLite: a write transaction (`BEGIN IMMEDIATE`) held
 * for the whole run on a companion file next to the database,
 * `<database>-athanor-lock` (a tiny, empty SQLite database).
 *
 * Why not the database file itself: a run commits each revision in its own
 * transaction (per-migration), and a table rebuild must switch foreign-key
 * enforcement off *between* transactions, so the run's own connection cannot
 * sit inside one long lock transaction; a second connection holding the
 * file's write lock would block the run's own writes. The companion file's
 * write lock is held by a connection of its own, blocks nobody but another
 * Athanor run on the same database, and is released by the operating
 * system when its process dies (no stale lock row to clean up).
 *
 * Each attempt does not wait (busy_timeout 0); the runtime retries with
 * back-off and gives up after `lockWaitTimeout`, saying what it waits for.
 * Several processes on one file take turns: the one holding the lock reads
 * the heads, runs and commits its steps, then lets go; the next reads the
 * heads the first left and finds nothing (or less) to do.
 *
 * An in-memory database is private to its connection: nothing to wait for.
 * The file is never deleted: a process waiting on it would then lock an
 * unlinked file while a third made a new one.
 */
import { realpathSync } from "node:fs";
import { dirname } from "node:path";
import type { DatabaseConnection, MigrationLock, VersionTableRef } from "../dialect.js";
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";
import { sqliteFileOf } from "./connection.js";
import { databaseOptions, loadDriver } from "./driver-better-sqlite3.js";

export const LOCK_FILE_SUFFIX = "-athanor-lock";

/** The lock file of a database file. */
export function lockFileOf(databaseFile: string): string {
  return `${databaseFile}${LOCK_FILE_SUFFIX}`;
}

/**
 * The database file with symbolic links resolved: processes that reach one
 * database by different paths (a link to it, a linked folder) must take the
 * same lock file, or they migrate at the same time. SQLite itself resolves
 * links for its journal and WAL files.
 */
function realFile(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // not there yet: SQLite creates it where the path says
  }
}

/** The lock file can't be opened or written: usually the database's folder is not writable. */
function unwritable(lockFile: string, e: unknown): Error {
  const why = e instanceof Error ? e.message : String(e);
  return new Error(
    `can't write the migration lock file ${lockFile}: ${why} (Athanor keeps it next to the database, so the folder ${dirname(lockFile)} must be writable by this user)`,
    { cause: e },
  );
}

/** Lock handles held, by the session that took them. */
const held = new WeakMap<DatabaseConnection, BetterSqliteDatabase>();

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

export const sqliteWriteLock: MigrationLock = {
  keyFor(ref: VersionTableRef): string {
    return ref.table;
  },

  async tryAcquire(conn: DatabaseConnection): Promise<boolean> {
    const file = sqliteFileOf(conn);
    if (!file) return true; // in memory (or a connection of unknown origin): private to this session
    if (held.has(conn)) return true;
    const mod = await loadDriver();
    const lockFile = lockFileOf(realFile(file));
    let db: BetterSqliteDatabase;
    try {
      db = new mod.default(lockFile, databaseOptions({ timeout: 0 }));
    } catch (e) {
      throw unwritable(lockFile, e);
    }
    try {
      db.exec("BEGIN IMMEDIATE");
    } catch (e) {
      db.close();
      if (isBusy(e)) return false;
      throw unwritable(lockFile, e);
    }
    held.set(conn, db);
    return true;
  },

  async holder(conn: DatabaseConnection): Promise<string | null> {
    const file = sqliteFileOf(conn);
    return file ? `another process's write lock on ${file}` : null;
  },

  async release(conn: DatabaseConnection): Promise<void> {
    const db = held.get(conn);
    if (!db) return;
    held.delete(conn);
    try {
      if (db.inTransaction) db.exec("ROLLBACK");
    } finally {
      db.close();
    }
  },
};

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
import type { MigrationLock } from "../dialect.js";
export declare const LOCK_FILE_SUFFIX = "-athanor-lock";
/** The lock file of a database file. */
export declare function lockFileOf(databaseFile: string): string;
export declare const sqliteWriteLock: MigrationLock;

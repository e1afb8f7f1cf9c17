/**
 * A migration session's settings on SQLite:
 *
 * - `PRAGMA foreign_keys = ON`, always: SQLite enforces foreign keys only on
 *   connections that ask (the application's own should, too). Table rebuilds
 *   turn it off around their transaction, as SQLite's procedure requires.
 * - `PRAGMA busy_timeout`: how long a statement waits for another
 *   connection's write lock on the file. `lockTimeout` when set (ms, or a
 *   time value such as "5s"), else 5 seconds.
 * - `statementTimeout` and `searchPath` have no meaning in SQLite: refused
 *   with one line rather than silently ignored. `idleInTransactionTimeout`
 *   has no server side here; Athanor's own check of a revision applies.
 */
import { AthanorError } from "../../errors.js";
import { durationSettingMs } from "../../config/duration.js";
import type { SessionSettings, SqlStatement } from "../dialect.js";

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function busyTimeoutMs(settings: SessionSettings): number {
  return settings.lockTimeout === undefined ? DEFAULT_BUSY_TIMEOUT_MS : durationSettingMs(settings.lockTimeout, "lockTimeout");
}

export function sqliteSessionSettings(settings: SessionSettings): SqlStatement[] {
  if (settings.statementTimeout !== undefined)
    throw new AthanorError(
      "CONFIG.INVALID",
      "statementTimeout: SQLite has no statement timeout; remove the setting for a sqlite: database (lockTimeout sets how long a statement waits for the file's write lock)",
    );
  if (settings.searchPath !== undefined)
    throw new AthanorError("CONFIG.INVALID", "searchPath: SQLite has no schemas to search; remove the setting for a sqlite: database");
  return [{ sql: "PRAGMA foreign_keys = ON" }, { sql: `PRAGMA busy_timeout = ${busyTimeoutMs(settings)}` }];
}

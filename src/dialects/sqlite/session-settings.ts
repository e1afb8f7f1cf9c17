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
import type { SessionSettings, SqlStatement } from "../dialect.js";

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

const UNIT_MS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** A timeout setting in whole milliseconds: a number is ms, a string a number with an optional unit (us, ms, s, min, h, d). */
export function timeoutMs(value: string | number, name: string): number {
  let ms: number;
  if (typeof value === "number") ms = value;
  else {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(value);
    if (!m) throw new AthanorError("CONFIG.INVALID", `${name}: ${JSON.stringify(value)} is not a time value (e.g. 5000 or "5s")`);
    ms = Number(m[1]) * (UNIT_MS[m[2] ?? "ms"] ?? 1);
  }
  if (!Number.isFinite(ms) || ms < 0) throw new AthanorError("CONFIG.INVALID", `${name} must be a non-negative number of milliseconds, got ${value}`);
  return Math.min(Math.round(ms), 2_147_483_647);
}

export function busyTimeoutMs(settings: SessionSettings): number {
  return settings.lockTimeout === undefined ? DEFAULT_BUSY_TIMEOUT_MS : timeoutMs(settings.lockTimeout, "lockTimeout");
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

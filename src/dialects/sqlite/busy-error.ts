/**
 * SQLITE_BUSY told in the user's terms. SQLite says only "database is
 * locked": another connection (the application's transaction, a sqlite3
 * shell, a long read in rollback-journal mode while a commit waits) kept the
 * file locked for longer than this session's busy_timeout, which
 * `lockTimeout` sets. The message names the file and the setting; the error
 * itself (its class and code) is kept, so it is still classified as a lock
 * timeout.
 *
 * SQLITE_BUSY_SNAPSHOT is not a wait that ran out (a read transaction in WAL
 * mode can't become a write one after another connection wrote): left as it
 * is.
 */
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";

export function explainBusyError(e: unknown, db: BetterSqliteDatabase, file: string | null): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (!(e instanceof Error) || typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || code === "SQLITE_BUSY_SNAPSHOT") return e;
  let waited: number | null = null;
  try {
    waited = Number(db.pragma("busy_timeout", { simple: true }));
  } catch {
    // the connection can't say: the message goes without the number
  }
  const limit = waited !== null && Number.isFinite(waited) ? `lockTimeout: ${waited} ms` : "lockTimeout";
  try {
    e.message =
      `${e.message}: another connection kept ${file ?? "the database"} locked for longer than this session waits (${limit}, PRAGMA busy_timeout); ` +
      "raise lockTimeout, or end that connection's transaction (the application's own, a sqlite3 shell)";
  } catch {
    return e;
  }
  return e;
}

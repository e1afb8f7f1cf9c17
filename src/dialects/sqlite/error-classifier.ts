/**
 * SQLite's failures by result code (better-sqlite3 puts the extended code on
 * the error: `SQLITE_BUSY`, `SQLITE_BUSY_SNAPSHOT`, `SQLITE_CANTOPEN_ISDIR`,
 * ...), and the file system's by Node's errno codes. Never the message.
 */
import type { DatabaseErrorKind, ErrorClassifier } from "../dialect.js";
import { errorCodes } from "../error-chain.js";

/** Primary result codes (an extended code `SQLITE_X_Y` counts as `SQLITE_X`). */
const KINDS: Readonly<Record<string, DatabaseErrorKind>> = {
  // another connection holds the write lock (busy_timeout ran out), or a table in a shared cache
  SQLITE_BUSY: "lock-timeout",
  SQLITE_LOCKED: "lock-timeout",
  // the file (or its folder) can't be opened: a missing folder, a directory, no such file with fileMustExist
  SQLITE_CANTOPEN: "database-missing",
  SQLITE_NOTADB: "database-missing",
  SQLITE_READONLY: "permission-denied",
  SQLITE_PERM: "permission-denied",
  SQLITE_AUTH: "permission-denied",
  SQLITE_INTERRUPT: "statement-timeout",
  // the file system
  ENOENT: "database-missing",
  ENOTDIR: "database-missing",
  EACCES: "permission-denied",
  EPERM: "permission-denied",
  EROFS: "permission-denied",
};

const PRECEDENCE: readonly DatabaseErrorKind[] = ["permission-denied", "database-missing", "lock-timeout", "statement-timeout"];

function primary(code: string): string {
  if (!code.startsWith("SQLITE_")) return code;
  const second = code.indexOf("_", "SQLITE_".length);
  return second < 0 ? code : code.slice(0, second);
}

export const sqliteErrorClassifier: ErrorClassifier = {
  classify(error) {
    const kinds = new Set(errorCodes(error).map((c) => KINDS[primary(c)]));
    return PRECEDENCE.find((k) => kinds.has(k)) ?? "unknown";
  },
};

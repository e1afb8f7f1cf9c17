/**
 * SQLite's failures by result code (better-sqlite3 puts the extended code on
 * the error: `SQLITE_BUSY`, `SQLITE_BUSY_SNAPSHOT`, `SQLITE_CANTOPEN_ISDIR`,
 * ...), and the file system's by Node's errno codes. Never the message.
 */
import type { ErrorClassifier } from "../dialect.js";
export declare const sqliteErrorClassifier: ErrorClassifier;

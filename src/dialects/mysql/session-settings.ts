/**
 * Session settings for MySQL and MariaDB, as one `SET SESSION` statement:
 *
 * - `lockTimeout` → `lock_wait_timeout` (metadata locks, which DDL waits
 *   on) and `innodb_lock_wait_timeout` (row locks), both whole seconds
 *   (rounded up, at least 1);
 * - `statementTimeout` → MariaDB's `max_statement_time` (seconds, every
 *   statement) or MySQL's `max_execution_time` (milliseconds; MySQL applies it
 *   to SELECT only);
 * - `idleInTransactionTimeout` is not applied: MySQL has no idle-in-transaction
 *   limit (`wait_timeout` ends any idle session, in a transaction or not).
 *   Athanor's own check of the revision (see revision-call.ts) still applies;
 * - `searchPath` is refused: a MySQL schema is a database, named in the URL;
 * - always: `time_zone = '+00:00'` (a JS Date is stored as its UTC wall-clock
 *   time, as on PostgreSQL) and sql_mode without NO_BACKSLASH_ESCAPES (values
 *   are escaped with backslashes);
 * - a script (offline `--sql`) starts with `SET NAMES utf8mb4 COLLATE
 *   utf8mb4_unicode_ci`: it is UTF-8 text, and a client whose default
 *   character set is another (latin1) would otherwise read every non-ASCII
 *   name, comment and ENUM label in it as other characters; the collation is
 *   an online session's (literals compare alike, and a trigger or procedure
 *   records the same). An online session has both from the connection (the
 *   URL's `charset`).
 */
import { AthanorError } from "../../errors.js";
import { durationSettingMs } from "../../config/duration.js";
import type { SessionSettings, SqlStatement } from "../dialect.js";
import type { ServerFlavour } from "./server-version.js";

/** The collation of an online session's connection unless the URL's `charset` says another (driver-mysql2.ts), and of a script's. */
export const CONNECTION_COLLATION = "utf8mb4_unicode_ci";

const WITHOUT_NO_BACKSLASH_ESCAPES =
  "sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@SESSION.sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))";

/**
 * `SET SESSION ...` for `settings` on a server of `flavour` (unknown: MySQL's names); `script`: the
 * statements an offline script starts with.
 */
export function sessionSettingsSql(settings: SessionSettings, flavour?: ServerFlavour, script = false): SqlStatement[] {
  if (settings.searchPath !== undefined)
    throw new AthanorError(
      "CONFIG.INVALID",
      "searchPath has no meaning on MySQL/MariaDB: a schema is a database there; name the database in the URL (or versionTableSchema for the version table)",
    );
  const parts = ["time_zone = '+00:00'", WITHOUT_NO_BACKSLASH_ESCAPES];
  if (settings.lockTimeout !== undefined) {
    const seconds = Math.max(1, Math.ceil(durationSettingMs(settings.lockTimeout, "lockTimeout") / 1000));
    parts.push(`lock_wait_timeout = ${seconds}`, `innodb_lock_wait_timeout = ${seconds}`);
  }
  if (settings.statementTimeout !== undefined) {
    const ms = durationSettingMs(settings.statementTimeout, "statementTimeout");
    parts.push(flavour?.mariadb ? `max_statement_time = ${ms / 1000}` : `max_execution_time = ${ms}`);
  }
  return [...(script ? [{ sql: `SET NAMES utf8mb4 COLLATE ${CONNECTION_COLLATION}` }] : []), { sql: `SET SESSION ${parts.join(", ")}` }];
}

import type { DatabaseConnection, SessionSettings, SqlStatement } from "../dialect.js";
/** A string search path is a comma-separated list of schema names; an array lists them exactly. */
export declare function searchPathList(value: string | readonly string[]): string[];
/**
 * `SET lock_timeout = 5000`, `SET statement_timeout = '1min'`,
 * `SET idle_in_transaction_session_timeout = '5min'`, `SET search_path TO "app", "public"`.
 */
export declare function sessionSettingsSql(settings: SessionSettings): SqlStatement[];
/** Applies settings on a fresh connection; closes it (and rethrows) if one is refused. */
export declare function applySessionSettings(conn: DatabaseConnection, settings: SessionSettings | undefined): Promise<DatabaseConnection>;

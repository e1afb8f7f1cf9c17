import { AthanorError } from "../../errors.js";
import { quoteString } from "./literal.js";
import { quoteIdentifier } from "./quote.js";
/** A timeout setting: a number is milliseconds, a string is PostgreSQL's own syntax (`"5s"`, `"1min"`). */
function timeoutValue(value, name) {
    if (typeof value === "number") {
        if (!Number.isInteger(value) || value < 0)
            throw new AthanorError("CONFIG.INVALID", `${name} must be a non-negative whole number of milliseconds, got ${value}`);
        return String(value);
    }
    if (value.trim() === "")
        throw new AthanorError("CONFIG.INVALID", `${name} must not be empty`);
    return quoteString(value.trim());
}
/** A string search path is a comma-separated list of schema names; an array lists them exactly. */
export function searchPathList(value) {
    const items = typeof value === "string" ? value.split(",").map((s) => s.trim()) : [...value];
    const names = items.filter((s) => s.length > 0);
    if (names.length === 0)
        throw new AthanorError("CONFIG.INVALID", "searchPath must name at least one schema");
    return names;
}
/**
 * `SET lock_timeout = 5000`, `SET statement_timeout = '1min'`,
 * `SET idle_in_transaction_session_timeout = '5min'`, `SET search_path TO "app", "public"`.
 */
export function sessionSettingsSql(settings) {
    const out = [];
    if (settings.lockTimeout !== undefined)
        out.push({ sql: `SET lock_timeout = ${timeoutValue(settings.lockTimeout, "lockTimeout")}` });
    if (settings.statementTimeout !== undefined)
        out.push({ sql: `SET statement_timeout = ${timeoutValue(settings.statementTimeout, "statementTimeout")}` });
    if (settings.idleInTransactionTimeout !== undefined)
        out.push({
            sql: `SET idle_in_transaction_session_timeout = ${timeoutValue(settings.idleInTransactionTimeout, "idleInTransactionTimeout")}`,
        });
    if (settings.searchPath !== undefined)
        out.push({ sql: `SET search_path TO ${searchPathList(settings.searchPath).map(quoteIdentifier).join(", ")}` });
    return out;
}
/** Applies settings on a fresh connection; closes it (and rethrows) if one is refused. */
export async function applySessionSettings(conn, settings) {
    try {
        for (const stmt of sessionSettingsSql(settings ?? {}))
            await conn.exec(stmt.sql);
    }
    catch (e) {
        await conn.close();
        throw e;
    }
    return conn;
}

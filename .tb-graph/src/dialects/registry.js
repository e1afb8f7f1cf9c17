/**
 * Picks the dialect and driver for a database URL by its scheme.
 */
import { AthanorError } from "../errors.js";
import { maskUrl } from "./mask-url.js";
import { postgresDialect } from "./postgres/index.js";
const dialects = [postgresDialect];
/** Adds a third-party dialect; its drivers' protocols take precedence over built-in ones. */
export function registerDialect(dialect) {
    if (!dialects.includes(dialect))
        dialects.unshift(dialect);
}
/** URL forms accepted, for messages: `postgresql://`, ..., `pglite:`. */
export function supportedUrlSchemes() {
    const out = [];
    for (const d of dialects)
        for (const drv of d.drivers)
            for (const p of drv.protocols)
                out.push(p === "pglite:" ? "pglite:" : `${p}//`);
    return out;
}
function schemeOf(url) {
    const m = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
    return m ? `${m[1].toLowerCase()}:` : null;
}
export function dialectForUrl(url) {
    const scheme = schemeOf(url);
    if (scheme) {
        for (const dialect of dialects)
            for (const driver of dialect.drivers)
                if (driver.protocols.some((p) => p.toLowerCase() === scheme))
                    return { dialect, driver };
    }
    const shown = scheme ? `scheme "${scheme}"` : "no scheme";
    throw new AthanorError("DIALECT.UNSUPPORTED_URL", `unsupported database URL (${shown}): ${maskUrl(url)}. Supported: ${supportedUrlSchemes().join(", ")} ` +
        "(e.g. postgresql://user@localhost:5432/app, pglite:memory, pglite:./.pglite)");
}

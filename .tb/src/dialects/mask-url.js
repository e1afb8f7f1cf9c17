/**
 * Hides passwords in database URLs before they reach a message or a log:
 * `postgresql://app:s3cret@db/x` becomes `postgresql://app:***@db/x`. Handles
 * SQLAlchemy schemes (`postgresql+psycopg://`), `?password=` query
 * parameters and libpq key/value strings (`password=...`).
 */
const MASK = "***";
const SECRET_PARAMS = /([?&;](?:password|sslpassword|pass|pwd)=)([^&#;]*)/gi;
const KEYWORD_PASSWORD = /(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi;
function locateUserInfoPassword(url) {
    const schemeEnd = url.indexOf("://");
    if (schemeEnd < 0)
        return {};
    const authStart = schemeEnd + 3;
    // The user info ends at the last "@" before the query string (passwords may contain a raw "@").
    const queryAt = url.indexOf("?", authStart);
    const region = queryAt < 0 ? url.length : queryAt;
    const at = url.lastIndexOf("@", region - 1);
    if (at < authStart)
        return {};
    const colon = url.indexOf(":", authStart);
    if (colon < 0 || colon > at)
        return {};
    return { password: { start: colon + 1, end: at } };
}
/**
 * The URL as it may be shown: any password replaced by `***`, and control
 * characters (a line break pasted into DATABASE_URL) escaped, so it stays on
 * one line. Non-URL text is returned with `password=` values masked.
 */
export function maskUrl(url) {
    let out = url;
    const { password } = locateUserInfoPassword(out);
    if (password && password.end > password.start)
        out = out.slice(0, password.start) + MASK + out.slice(password.end);
    out = out.includes("://") ? out.replace(SECRET_PARAMS, `$1${MASK}`) : out.replace(KEYWORD_PASSWORD, `$1${MASK}`);
    return escapeControlCharacters(out);
}
const CONTROL = /[\u0000-\u001f\u007f]/g;
const NAMED_ESCAPES = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
/** `\n`, `\r`, `\t` and `\xNN` for control characters: text that stays on one line. */
export function escapeControlCharacters(text) {
    return text.replace(CONTROL, (c) => NAMED_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
/** True when the text holds a control character (no database URL does). */
export function hasControlCharacter(text) {
    return /[\u0000-\u001f\u007f]/.test(text);
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Every secret in a URL (raw and percent-decoded), for scrubbing error messages. */
export function secretsInUrl(url) {
    const found = new Set();
    const { password } = locateUserInfoPassword(url);
    if (password && password.end > password.start)
        found.add(url.slice(password.start, password.end));
    for (const m of url.matchAll(SECRET_PARAMS))
        if (m[2])
            found.add(m[2]);
    for (const s of [...found])
        found.add(safeDecode(s));
    return [...found].filter((s) => s.length > 0);
}
/** `text` with every secret of `url` replaced by `***`. */
export function scrubSecrets(text, url) {
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const secret of secretsInUrl(url).sort((a, b) => b.length - a.length))
        out = out.split(secret).join(MASK);
    return out;
}

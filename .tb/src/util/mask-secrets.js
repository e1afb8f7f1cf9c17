/**
 * Passwords must never be printed. One place for it:
 *   - `maskUrl(url)`: a URL as we show it (`postgresql://app:***@db/x`);
 *   - `rememberSecretsOf(url)` / `registerSecret(pw)`: passwords we know of
 *     (the resolved database URL, DB_PASSWORD…);
 *   - `maskSecrets(text)`: any text we print, with URL passwords,
 *     `password=` values and every remembered password replaced by `***`.
 */
import { maskUrl, secretsInUrl } from "../dialects/mask-url.js";
export { maskUrl };
const MASK = "***";
/** Shorter strings would mask ordinary words; URL masking still hides them inside URLs. */
const MIN_LENGTH = 3;
const known = new Set();
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;
const PARAM_PASSWORD = /((?:^|[?&\s;])(?:password|passwd|pwd)=)([^&\s;]+)/gi;
export function registerSecret(secret) {
    if (secret.length >= MIN_LENGTH)
        known.add(secret);
}
/** Remember the password of a URL so it is masked even where it appears alone. */
export function rememberSecretsOf(url) {
    for (const s of secretsInUrl(url))
        registerSecret(s);
}
export function maskSecrets(text) {
    return scrubKnownSecrets(text.replace(URL_IN_TEXT, (u) => maskUrl(u)).replace(PARAM_PASSWORD, `$1${MASK}`));
}
/** Only the remembered passwords (for output that must otherwise stay byte for byte, like SQL scripts). */
export function scrubKnownSecrets(text) {
    if (known.size === 0)
        return text;
    let out = text;
    for (const pw of [...known].sort((a, b) => b.length - a.length))
        if (out.includes(pw))
            out = out.split(pw).join(MASK);
    return out;
}

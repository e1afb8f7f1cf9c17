/**
 * Passwords must never be printed. One place for it:
 *   - `maskUrl(url)`: a URL as we show it (`postgresql://app:***@db/x`);
 *   - `rememberSecretsOf(url)` / `registerSecret(pw)`: passwords we know of
 *     (the resolved database URL, DB_PASSWORD…);
 *   - `maskSecrets(text)`: any text we print, with URL passwords,
 *     `password=` values and every remembered password replaced by `***`.
 */
import { maskUrl } from "../dialects/mask-url.js";
export { maskUrl };
export declare function registerSecret(secret: string): void;
/** Remember the password of a URL so it is masked even where it appears alone. */
export declare function rememberSecretsOf(url: string): void;
export declare function maskSecrets(text: string): string;
/** Only the remembered passwords (for output that must otherwise stay byte for byte, like SQL scripts). */
export declare function scrubKnownSecrets(text: string): string;

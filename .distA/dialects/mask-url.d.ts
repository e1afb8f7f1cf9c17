/**
 * Hides passwords in database URLs before they reach a message or a log:
 * `postgresql://app:s3cret@db/x` becomes `postgresql://app:***@db/x`. Handles
 * SQLAlchemy schemes (`postgresql+psycopg://`), `?password=` query
 * parameters and libpq key/value strings (`password=...`).
 */
/**
 * The URL as it may be shown: any password replaced by `***`, and control
 * characters (a line break pasted into DATABASE_URL) escaped, so it stays on
 * one line. Non-URL text is returned with `password=` values masked.
 */
export declare function maskUrl(url: string): string;
/** `\n`, `\r`, `\t` and `\xNN` for control characters: text that stays on one line. */
export declare function escapeControlCharacters(text: string): string;
/** True when the text holds a control character (no database URL does). */
export declare function hasControlCharacter(text: string): boolean;
/** Every secret in a URL (raw and percent-decoded), for scrubbing error messages. */
export declare function secretsInUrl(url: string): string[];
/** `text` with every secret of `url` replaced by `***`. */
export declare function scrubSecrets(text: string, url: string): string;

/**
 * Collation and character-set names compared the way the servers mean
 * them: case-insensitively, `utf8` as `utf8mb3` (MariaDB 10.6+ and MySQL 8
 * print utf8mb3), and MariaDB 10.10+'s character-set-free UCA 14.0.0 names
 * (`uca1400_ai_ci`) as the full name for the column's character set
 * (`utf8mb4_uca1400_ai_ci`), which is how information_schema prints them.
 */
/** The character set a collation belongs to (`utf8mb4_bin` is utf8mb4). */
export declare function charsetOf(collation: string): string;
export declare function sameCharset(a: string, b: string): boolean;
/** Do two collation names name the same collation? `charset` completes a UCA 14.0.0 alias. */
export declare function sameCollation(a: string, b: string, charset?: string): boolean;

/**
 * Collation and character-set names compared the way the servers mean
 * them: case-insensitively, `utf8` as `utf8mb3` (MariaDB 10.6+ and MySQL 8
 * print utf8mb3), and MariaDB 10.10+'s character-set-free UCA 14.0.0 names
 * (`uca1400_ai_ci`) as the full name for the column's character set
 * (`utf8mb4_uca1400_ai_ci`), which is how information_schema prints them.
 */

function normal(name: string, charset?: string): string {
  let n = name.trim().toLowerCase();
  if (n.startsWith("uca1400_")) n = `${charset ?? "utf8mb4"}_${n}`;
  return n.replace(/^utf8_/, "utf8mb3_");
}

/** The character set a collation belongs to (`utf8mb4_bin` is utf8mb4). */
export function charsetOf(collation: string): string {
  const n = normal(collation);
  const i = n.indexOf("_");
  return i < 0 ? n : n.slice(0, i);
}

export function sameCharset(a: string, b: string): boolean {
  const n = (x: string) => (x.trim().toLowerCase() === "utf8" ? "utf8mb3" : x.trim().toLowerCase());
  return n(a) === n(b);
}

/** Do two collation names name the same collation? `charset` completes a UCA 14.0.0 alias. */
export function sameCollation(a: string, b: string, charset?: string): boolean {
  return normal(a, charset ?? charsetOf(b)) === normal(b, charset ?? charsetOf(a));
}

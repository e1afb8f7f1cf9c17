/**
 * A column's own collation, read from its definition in the `CREATE TABLE`
 * text (`email TEXT COLLATE NOCASE`): SQLite has no PRAGMA that gives it.
 */
import { identifierName, isName, isWord, significant, tokenizeDdl } from "./ddl-tokens.js";
import type { ColumnSql } from "./table-sql.js";

/** The collation's name as written, without quotes (`NOCASE`, `BINARY`), or null when the column declares none. SQLite uses the last one written. */
export function declaredCollation(column: ColumnSql | undefined): string | null {
  const clause = column?.constraints.filter((k) => k.kind === "collate").at(-1);
  if (!clause) return null;
  const tokens = significant(tokenizeDdl(clause.text));
  const at = tokens.findIndex((t) => isWord(t, "COLLATE"));
  const name = tokens[at + 1];
  return at >= 0 && isName(name) ? identifierName(name) : null;
}

/**
 * Do two column collations compare alike? Names are case-insensitive (SQLite looks collations up so), and no
 * collation of the column's own is BINARY.
 */
export function sameCollation(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "BINARY").toUpperCase() === (b ?? "BINARY").toUpperCase();
}

/** Is this the column's default collation (no `COLLATE` needed)? */
export function isBinaryCollation(name: string): boolean {
  return sameCollation(name, null);
}

/**
 * The tables that SQL a server keeps no dependency record for (a PL/pgSQL or
 * SQL function body, a MySQL routine or trigger, a SQLite trigger) reads or
 * writes: each name right after a word that names a table (FROM, JOIN, INTO,
 * UPDATE, TABLE, TRUNCATE), and the others of a `FROM a, b x, c` list, bare
 * or quoted, without the schema before it, lower-cased. Not a parser: a name
 * in a string or a comment counts too, which is right for a warning (dynamic
 * SQL names its tables in strings).
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `quotes`: the identifier quote pairs the dialect reads, as two-character strings (`""`, `` `` ``, `[]`). */
export function tablesNamedIn(sql: string, quotes: readonly string[]): string[] {
  const quoted = quotes.map((q) => `${escapeRegExp(q[0] as string)}[^${escapeRegExp(q[1] as string)}]+${escapeRegExp(q[1] as string)}`);
  const name = `(?:[\\w$]+|${quoted.join("|")})`;
  // a table: [schema.]name [[AS] alias]
  const table = new RegExp(`\\s*(?:${name}\\s*\\.\\s*)?(${name})(?:\\s+(?:as\\s+)?(?!(?:where|on|using|set|join|left|right|inner|outer|cross|natural|group|order|limit|values|select|union|returning|for|when|then|end|as|into|from)\\b)${name})?`, "iy");
  const start = /\b(?:from|join|into|update|truncate(?:\s+table)?|table)\b/gi;
  const found = new Set<string>();
  for (const m of sql.matchAll(start)) {
    let at = (m.index ?? 0) + m[0].length;
    for (;;) {
      table.lastIndex = at;
      const t = table.exec(sql);
      if (!t) break;
      const raw = t[1] as string;
      const unquoted = quotes.some((q) => raw.startsWith(q[0] as string)) ? raw.slice(1, -1) : raw;
      found.add(unquoted.toLowerCase());
      at = table.lastIndex;
      const comma = /\s*,/y;
      comma.lastIndex = at;
      if (!comma.test(sql)) break;
      at = comma.lastIndex;
    }
  }
  return [...found];
}

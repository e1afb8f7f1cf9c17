/**
 * MySQL's backslash escapes in a quoted string, as the server reads them
 * without NO_BACKSLASH_ESCAPES (the migration session's mode), and as it
 * prints strings back in the catalog: ENUM/SET labels in COLUMN_TYPE, CHECK
 * clauses and defaults (`'x\ny'` is a line break, `'a\\b'` one backslash).
 * `\%` and `\_` keep their backslash (they are LIKE's escapes, and the same
 * two characters outside a pattern); an unknown escape is the character
 * itself (`\q` is `q`).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\u0000",
  b: "\b",
  n: "\n",
  r: "\r",
  t: "\t",
  Z: "\u001a",
  "%": "\\%",
  _: "\\_",
};

/** The value of the escape `\c` (c: the character after the backslash). */
export function unescapeChar(c: string): string {
  return ESCAPES[c] ?? c;
}

/** The value of a quoted string's body (between its quotes): doubled quotes and backslash escapes resolved. */
export function unescapeMysqlString(body: string, quote: "'" | '"' = "'"): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "\\" && i + 1 < body.length) {
      out += unescapeChar(body[++i] as string);
    } else if (c === quote && body[i + 1] === quote) {
      out += quote;
      i++;
    } else out += c;
  }
  return out;
}

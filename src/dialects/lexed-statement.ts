import type { LexedStatement } from "./dialect.js";

/**
 * A statement as the dialects' lexers hand it out, from its place in the SQL
 * and the keyword of each of its tokens (null: not a bare word, e.g. a
 * literal, a quoted name or punctuation).
 */
export function lexedStatement(text: string, start: number, end: number, words: readonly (string | null)[]): LexedStatement {
  const firstOther = words.indexOf(null);
  return {
    text,
    start,
    end,
    leadingKeywords: (firstOther < 0 ? words : words.slice(0, firstOther)) as string[],
    keywords: words.filter((w): w is string => w !== null),
  };
}

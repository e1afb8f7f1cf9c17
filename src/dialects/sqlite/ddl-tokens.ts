/**
 * Tokens of SQLite DDL, for reading the stored `CREATE TABLE`/`CREATE INDEX`
 * text a table rebuild must carry over. Keeps each token's offsets so that
 * pieces of the original text can be kept exactly as written.
 */
import { foldName } from "../../util/fold-name.js";
export type DdlTokenKind = "word" | "quoted" | "string" | "blob" | "number" | "punct" | "space" | "comment";

export interface DdlToken {
  readonly kind: DdlTokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

export function tokenizeDdl(sql: string): DdlToken[] {
  const tokens: DdlToken[] = [];
  let i = 0;
  const push = (kind: DdlTokenKind, end: number) => {
    tokens.push({ kind, text: sql.slice(i, end), start: i, end });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /\s/.test(sql[j] as string)) j++;
      push("space", j);
    } else if (c === "-" && sql[i + 1] === "-") {
      const nl = sql.indexOf("\n", i);
      push("comment", nl < 0 ? sql.length : nl);
    } else if (c === "/" && sql[i + 1] === "*") {
      const close = sql.indexOf("*/", i + 2);
      push("comment", close < 0 ? sql.length : close + 2);
    } else if ((c === "x" || c === "X") && sql[i + 1] === "'") {
      push("blob", closing(sql, i + 1, "'"));
    } else if (c === "'") {
      push("string", closing(sql, i, "'"));
    } else if (c === '"' || c === "`") {
      push("quoted", closing(sql, i, c));
    } else if (c === "[") {
      const close = sql.indexOf("]", i);
      push("quoted", close < 0 ? sql.length : close + 1);
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(sql[i + 1] ?? ""))) {
      let j = i + 1;
      while (j < sql.length && /[0-9A-Za-z_.]/.test(sql[j] as string)) {
        if ((sql[j] === "e" || sql[j] === "E") && (sql[j + 1] === "+" || sql[j + 1] === "-")) j++;
        j++;
      }
      push("number", j);
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_PART.test(sql[j] as string)) j++;
      push("word", j);
    } else {
      const two = sql.slice(i, i + 2);
      push("punct", i + (["||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"].includes(two) ? (sql.slice(i, i + 3) === "->>" ? 3 : 2) : 1));
    }
  }
  return tokens;
}

/** The end (exclusive) of a literal or quoted name starting at `start` with `quote`; a doubled quote stays inside. */
function closing(sql: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < sql.length) {
    if (sql[j] === quote) {
      if (sql[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return sql.length;
}

/** Tokens without spaces and comments. */
export function significant(tokens: readonly DdlToken[]): DdlToken[] {
  return tokens.filter((t) => t.kind !== "space" && t.kind !== "comment");
}

/** An identifier token's name: quotes removed (doubled quotes undone); a bare word as written. */
export function identifierName(token: DdlToken): string {
  if (token.kind === "quoted") {
    const q = token.text[0];
    if (q === "[") return token.text.slice(1, -1);
    return token.text.slice(1, -1).split(`${q}${q}`).join(q as string);
  }
  if (token.kind === "string") return token.text.slice(1, -1).replace(/''/g, "'");
  return token.text;
}

export function isWord(token: DdlToken | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === "word" && words.includes(token.text.toUpperCase());
}

/** Does this token name something (a bare word or a quoted name)? */
export function isName(token: DdlToken | undefined): token is DdlToken {
  return token !== undefined && (token.kind === "word" || token.kind === "quoted" || token.kind === "string");
}

/** Index of the parenthesis closing the one at `open` (in a significant-token list). */
export function matchingParen(tokens: readonly DdlToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i] as DdlToken;
    if (t.kind !== "punct") continue;
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Does `sql` mention `name` as an identifier (bare or quoted, case-insensitively)? */
export function mentionsIdentifier(sql: string, name: string): boolean {
  const folded = foldName(name);
  return tokenizeDdl(sql).some((t) => (t.kind === "word" || t.kind === "quoted") && foldName(identifierName(t)) === folded);
}

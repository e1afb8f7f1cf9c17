/**
 * A lexer for PostgreSQL SQL that follows the server's own (scan.l) on every
 * rule that decides where code is: what is whitespace and where a `--`
 * comment ends (at `\n` or `\r`), nested `/* *\/` comments, string literals
 * ('...', E'...', N'...', B'...', X'...', U&'...', and their continuation
 * across a line break: `'a'\n'b'` is one literal), quoted identifiers ("..."
 * and U&"..."), dollar-quoted bodies ($$...$$, $tag$...$tag$, where the tag
 * follows identifier rules without `$`, and `$1` is a parameter), and the
 * effect of `standard_conforming_strings` (off: '...' takes backslash
 * escapes, as E'...' always does).
 *
 * Used to split scripts into statements, to find statement-level keywords
 * (transaction control, see transaction-control.ts) and to locate `$n`
 * placeholders for inlining. Numbers are read the way servers before 16
 * read them (digits, a fraction, an exponent); newer servers refuse the
 * junk that older ones split off (`1_000$a$`, `0x'..'`), so the older
 * reading only ever finds more code, never less.
 */

export type SqlTokenKind =
  | "space"
  | "comment"
  | "word"
  | "quotedIdent"
  | "string"
  | "dollarString"
  | "param"
  | "semicolon"
  | "other";

export interface SqlToken {
  readonly kind: SqlTokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SqlScanOptions {
  /**
   * The session's `standard_conforming_strings` (default true, PostgreSQL's
   * default since 9.1). When false, '...' literals take backslash escapes.
   */
  readonly standardConformingStrings?: boolean;
}

/** scan.l `space` (with `\v`, whitespace since PostgreSQL 16). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** scan.l `ident_start`: ASCII letters, `_`, and every non-ASCII character (bytes \200-\377 in UTF-8). */
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}
/** scan.l `dolq_cont`: `ident_start` and digits (no `$`). */
function isTagChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}
/** scan.l `ident_cont`: `dolq_cont` and `$`. */
function isIdentChar(c: number): boolean {
  return isTagChar(c) || c === 36;
}

/** The end of a `--` comment starting at `i`: the next `\n` or `\r` (not included), or the end. */
function lineCommentEnd(sql: string, i: number): number {
  let j = i + 2;
  while (j < sql.length && !isNewline(sql.charCodeAt(j))) j++;
  return j;
}

/** The end of a (nested) block comment starting at `i`, or the end of the text. */
function blockCommentEnd(sql: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    if (sql[j] === "/" && sql[j + 1] === "*") {
      depth++;
      j += 2;
    } else if (sql[j] === "*" && sql[j + 1] === "/") {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return sql.length;
}

/**
 * How a string literal's body is read: `xq` (standard: `''` only; also
 * U&'...'), `xe` (escape: `''` and backslash escapes), `xb` (B'...' and
 * X'...': ends at the first quote).
 */
type StringMode = "xq" | "xe" | "xb";

/**
 * scan.l `quotecontinue`: after a closing quote, whitespace holding at least
 * one newline (and `--` comments, but not block comments), then a quote,
 * continues the same literal. Returns the index after that quote, or -1.
 */
function continuation(sql: string, from: number): number {
  let j = from;
  let newline = false;
  while (j < sql.length) {
    const c = sql.charCodeAt(j);
    if (isNewline(c)) {
      newline = true;
      j++;
    } else if (isSpace(c)) j++;
    else if (c === 45 && sql.charCodeAt(j + 1) === 45) j = lineCommentEnd(sql, j);
    else break;
  }
  return newline && sql[j] === "'" ? j + 1 : -1;
}

/** The end of a literal whose body starts at `from` (after the opening quote). */
function stringEnd(sql: string, from: number, mode: StringMode): number {
  let i = from;
  while (i < sql.length) {
    const ch = sql[i];
    if (mode === "xe" && ch === "\\") {
      i += 2;
      continue;
    }
    if (ch !== "'") {
      i++;
      continue;
    }
    if (mode !== "xb" && sql[i + 1] === "'") {
      i += 2;
      continue;
    }
    const next = continuation(sql, i + 1);
    if (next < 0) return i + 1;
    i = next;
  }
  return sql.length;
}

/** The end of a quoted identifier whose body starts at `from`: `""` is a quote. */
function quotedIdentEnd(sql: string, from: number): number {
  let i = from;
  while (i < sql.length) {
    if (sql[i] === '"') {
      if (sql[i + 1] === '"') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

/** The end of a `$tag$` delimiter at `i`, or -1 (scan.l `dolqdelim`). */
function dollarTagEnd(sql: string, i: number): number {
  let j = i + 1;
  if (j < sql.length && isIdentStart(sql.charCodeAt(j))) {
    j++;
    while (j < sql.length && isTagChar(sql.charCodeAt(j))) j++;
  }
  return sql[j] === "$" ? j + 1 : -1;
}

/** The end of a number at `i` (a digit, or `.` before a digit): digits, a fraction, an exponent. */
function numberEnd(sql: string, i: number): number {
  let j = i;
  while (j < sql.length && isDigit(sql.charCodeAt(j))) j++;
  if (sql[j] === ".") {
    j++;
    while (j < sql.length && isDigit(sql.charCodeAt(j))) j++;
  }
  if (sql[j] === "e" || sql[j] === "E") {
    let k = j + 1;
    if (sql[k] === "+" || sql[k] === "-") k++;
    if (k < sql.length && isDigit(sql.charCodeAt(k))) {
      while (k < sql.length && isDigit(sql.charCodeAt(k))) k++;
      j = k;
    }
  }
  return j;
}

export function scanSql(sql: string, options: SqlScanOptions = {}): SqlToken[] {
  const plainMode: StringMode = options.standardConformingStrings === false ? "xe" : "xq";
  const tokens: SqlToken[] = [];
  const push = (kind: SqlTokenKind, start: number, end: number) => tokens.push({ kind, start, end, text: sql.slice(start, end) });
  let i = 0;
  while (i < sql.length) {
    const c = sql.charCodeAt(i);
    const ch = sql[i] as string;
    const next = sql[i + 1];
    if (isSpace(c)) {
      let j = i + 1;
      while (j < sql.length && isSpace(sql.charCodeAt(j))) j++;
      push("space", i, j);
      i = j;
    } else if (ch === "-" && next === "-") {
      const j = lineCommentEnd(sql, i);
      push("comment", i, j);
      i = j;
    } else if (ch === "/" && next === "*") {
      const j = blockCommentEnd(sql, i);
      push("comment", i, j);
      i = j;
    } else if (ch === "'") {
      const j = stringEnd(sql, i + 1, plainMode);
      push("string", i, j);
      i = j;
    } else if (ch === '"') {
      const j = quotedIdentEnd(sql, i + 1);
      push("quotedIdent", i, j);
      i = j;
    } else if (ch === "$") {
      if (next !== undefined && isDigit(next.charCodeAt(0))) {
        let j = i + 1;
        while (j < sql.length && isDigit(sql.charCodeAt(j))) j++;
        push("param", i, j);
        i = j;
        continue;
      }
      const tagEnd = dollarTagEnd(sql, i);
      if (tagEnd > 0) {
        const close = sql.indexOf(sql.slice(i, tagEnd), tagEnd);
        const j = close === -1 ? sql.length : close + (tagEnd - i);
        push("dollarString", i, j);
        i = j;
      } else {
        push("other", i, i + 1);
        i++;
      }
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < sql.length && isIdentChar(sql.charCodeAt(j))) j++;
      const word = j === i + 1 ? keywordOf(ch) : "";
      if (sql[j] === "'" && (word === "E" || word === "B" || word === "X" || word === "N")) {
        const end = stringEnd(sql, j + 1, word === "E" ? "xe" : word === "N" ? plainMode : "xb");
        push("string", i, end);
        i = end;
      } else if (word === "U" && sql[j] === "&" && (sql[j + 1] === "'" || sql[j + 1] === '"')) {
        const string = sql[j + 1] === "'";
        const end = string ? stringEnd(sql, j + 2, "xq") : quotedIdentEnd(sql, j + 2);
        push(string ? "string" : "quotedIdent", i, end);
        i = end;
      } else {
        push("word", i, j);
        i = j;
      }
    } else if (ch === ";") {
      push("semicolon", i, i + 1);
      i++;
    } else if (isDigit(c) || (ch === "." && next !== undefined && isDigit(next.charCodeAt(0)))) {
      const j = numberEnd(sql, i);
      push("other", i, j);
      i = j;
    } else {
      push("other", i, i + 1);
      i++;
    }
  }
  return tokens;
}

/** Upper-cases ASCII letters only, as PostgreSQL matches keywords (`commıt` is not COMMIT). */
export function keywordOf(word: string): string {
  return word.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

export interface ScannedStatement {
  /** The statement's text, without the terminating semicolon, trimmed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The statement's tokens, without spaces and comments. */
  readonly tokens: readonly SqlToken[];
}

function isCode(t: SqlToken): boolean {
  return t.kind !== "space" && t.kind !== "comment";
}

/** Does a statement start `CREATE [OR REPLACE] FUNCTION|PROCEDURE` (the only place a `BEGIN ATOMIC` body can be)? */
export function isRoutineDefinition(tokens: readonly SqlToken[]): boolean {
  const words = tokens.slice(0, 4).map((t) => (t.kind === "word" ? keywordOf(t.text) : ""));
  const kind = words[1] === "OR" && words[2] === "REPLACE" ? words[3] : words[1];
  return words[0] === "CREATE" && (kind === "FUNCTION" || kind === "PROCEDURE");
}

/**
 * Splits a script into statements at top-level semicolons, as the server's
 * grammar does. Semicolons inside literals, comments, dollar quotes and
 * SQL-standard function bodies (`CREATE FUNCTION ... BEGIN ATOMIC stmt; ...
 * END`) do not split; such a body ends at the first `END` that starts one of
 * its statements (the grammar allows no `END` statement there; an `END` of a
 * `CASE` never starts one). Empty statements are dropped.
 */
export function splitSqlStatements(sql: string, options: SqlScanOptions = {}): ScannedStatement[] {
  const out: ScannedStatement[] = [];
  let current: SqlToken[] = [];
  let parens = 0;
  /** In a BEGIN ATOMIC body: whether the next token starts one of its statements. */
  let body: { atStart: boolean } | null = null;
  const flush = (end: number) => {
    if (current.length > 0) {
      const first = current[0] as SqlToken;
      const last = current[current.length - 1] as SqlToken;
      out.push({ text: sql.slice(first.start, last.end), start: first.start, end, tokens: current });
    }
    current = [];
    parens = 0;
    body = null;
  };
  for (const token of scanSql(sql, options)) {
    if (!isCode(token)) continue;
    if (body) {
      if (token.kind === "semicolon") body.atStart = true;
      else if (body.atStart && token.kind === "word" && keywordOf(token.text) === "END") body = null;
      else body.atStart = false;
      current.push(token);
      continue;
    }
    // inside parentheses a semicolon ends no statement (psql's rule: CREATE RULE ... DO ALSO (INSERT ...; INSERT ...))
    if (token.kind === "semicolon" && parens <= 0) {
      flush(token.end);
      continue;
    }
    if (token.text === "(") parens++;
    else if (token.text === ")") parens--;
    else if (token.kind === "word" && parens === 0 && keywordOf(token.text) === "ATOMIC") {
      const prev = current[current.length - 1];
      if (prev?.kind === "word" && keywordOf(prev.text) === "BEGIN" && isRoutineDefinition(current)) body = { atStart: true };
    }
    current.push(token);
  }
  flush(sql.length);
  return out;
}

/** The first `n` keywords of a statement, upper-cased (stops at the first non-word token). */
export function leadingWords(statement: ScannedStatement, n: number): string[] {
  const words: string[] = [];
  for (const t of statement.tokens) {
    if (t.kind !== "word" || words.length >= n) break;
    words.push(keywordOf(t.text));
  }
  return words;
}

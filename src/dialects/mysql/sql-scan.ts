/**
 * MySQL's and MariaDB's lexical rules, for reading user SQL: `#` comments,
 * `-- ` comments (the dashes must be followed by a space or a control
 * character), `/* *\/` comments, executable comments (`/*! ... *\/`,
 * `/*!50708 ... *\/`, MariaDB's `/*M! ... *\/`) whose body is read as SQL,
 * backtick identifiers, '' and "" strings with backslash escapes (unless the
 * session has NO_BACKSLASH_ESCAPES), `?` placeholders, and the client's
 * `DELIMITER` command. Stored-program bodies (`CREATE PROCEDURE ... BEGIN
 * ...; ... END`) are one statement.
 */

export type TokenKind = "word" | "string" | "identifier" | "placeholder" | "punct" | "number";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface ScannedStatement {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

export interface ScanOptions {
  /** The session's sql_mode has NO_BACKSLASH_ESCAPES: a backslash in a string is an ordinary character. */
  readonly noBackslashEscapes?: boolean;
}

const WORD = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Upper-cased keyword of a word token. */
export function keywordOf(text: string): string {
  return text.toUpperCase();
}

/** Where an executable comment stands: from its `/*!` to the end of its `*\/`. */
interface Span {
  readonly start: number;
  end: number;
}

/**
 * The tokens of `sql` (comments and whitespace dropped). `executable`, when
 * given, receives where each executable comment stands: its markers are no
 * tokens, but a statement that begins or ends inside one must keep them.
 */
export function tokenize(sql: string, options: ScanOptions = {}, executable?: Span[]): Token[] {
  const out: Token[] = [];
  const n = sql.length;
  let i = 0;
  let inExecutableComment = false;
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v") {
      i++;
      continue;
    }
    if (c === "#" || (c === "-" && next === "-" && (i + 2 >= n || /[\s\x00-\x1f]/.test(sql[i + 2] as string)))) {
      while (i < n && sql[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && next === "*") {
      const bang = sql[i + 2] === "!" ? 3 : sql[i + 2] === "M" && sql[i + 3] === "!" ? 4 : 0;
      if (bang && !inExecutableComment) {
        // the body is SQL the server runs (a version number may follow the `!`)
        executable?.push({ start: i, end: n });
        i += bang;
        while (i < n && /[0-9]/.test(sql[i] as string)) i++;
        inExecutableComment = true;
        continue;
      }
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === "*" && next === "/" && inExecutableComment) {
      inExecutableComment = false;
      i += 2;
      const span = executable?.[executable.length - 1];
      if (span) span.end = i;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < n) {
        const d = sql[i];
        if (d === "\\" && !options.noBackslashEscapes) {
          i += 2;
          continue;
        }
        if (d === c) {
          if (sql[i + 1] === c) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      out.push({ kind: "string", text: sql.slice(start, Math.min(i, n)), start, end: Math.min(i, n) });
      continue;
    }
    if (c === "`") {
      const start = i;
      i++;
      while (i < n) {
        if (sql[i] === "`") {
          if (sql[i + 1] === "`") {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      out.push({ kind: "identifier", text: sql.slice(start, i), start, end: i });
      continue;
    }
    if (c === "?") {
      out.push({ kind: "placeholder", text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (WORD.test(c)) {
      const start = i;
      while (i < n && WORD.test(sql[i] as string)) i++;
      const text = sql.slice(start, i);
      out.push({ kind: /^[0-9]/.test(text) ? "number" : "word", text, start, end: i });
      continue;
    }
    out.push({ kind: "punct", text: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}

/** Words that open a block closed by END inside a stored program's body. */
const BLOCK_OPENERS = new Set(["BEGIN", "CASE", "LOOP", "REPEAT", "WHILE", "IF"]);
const ROUTINES = new Set(["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"]);

/** Is this a stored program whose body may hold `;` (CREATE [DEFINER=...] PROCEDURE|FUNCTION|TRIGGER|EVENT, or MariaDB's BEGIN NOT ATOMIC)? */
function isCompound(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word").map((t) => keywordOf(t.text));
  if (words[0] === "BEGIN" && words[1] === "NOT" && words[2] === "ATOMIC") return true;
  if (words[0] !== "CREATE") return false;
  return words.slice(1, 8).some((w) => ROUTINES.has(w));
}

/**
 * Splits a script into statements where the server (and the mysql client)
 * would: at the delimiter (`;`, or what a `DELIMITER` line set), outside
 * strings, quoted names, comments and stored-program bodies. Empty
 * statements and `DELIMITER` lines are dropped.
 */
export function splitSqlStatements(sql: string, options: ScanOptions = {}): ScannedStatement[] {
  const statements: ScannedStatement[] = [];
  // DELIMITER lines are a client command: cut them out first, then split each part by its delimiter
  const parts: { text: string; offset: number; delimiter: string }[] = [];
  let delimiter = ";";
  let offset = 0;
  const lineRe = /^[ \t]*delimiter[ \t]+(\S+)[ \t]*\r?$/gim;
  for (let m = lineRe.exec(sql); m; m = lineRe.exec(sql)) {
    // only at the start of a statement: the text before it must end with the delimiter (or be blank)
    const before = sql.slice(offset, m.index);
    if (before.trim() !== "" && !insideNothing(before, options)) continue;
    parts.push({ text: before, offset, delimiter });
    delimiter = m[1] as string;
    offset = m.index + m[0].length;
  }
  parts.push({ text: sql.slice(offset), offset, delimiter });
  for (const part of parts) statements.push(...splitPart(part.text, part.offset, part.delimiter, options));
  return statements;
}

/** True when `text` does not end inside a string, quoted name or comment (a DELIMITER line after it is a command). */
function insideNothing(text: string, options: ScanOptions): boolean {
  const tokens = tokenize(text, options);
  const last = tokens[tokens.length - 1];
  if (!last) return true;
  if ((last.kind === "string" || last.kind === "identifier") && last.end >= text.length) {
    const q = last.text[0];
    return last.text.length > 1 && last.text.endsWith(q as string);
  }
  const tail = text.slice(last.end);
  return !tail.includes("/*") || tail.includes("*/");
}

/** Words after which a stored program's body begins a statement (so `IF (` there opens a block, not a call of IF()). */
const STATEMENT_STARTS = new Set(["BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]);

function splitPart(sql: string, base: number, delimiter: string, options: ScanOptions): ScannedStatement[] {
  const executable: Span[] = [];
  const tokens = tokenize(sql, options, executable);
  const out: ScannedStatement[] = [];
  let current: Token[] = [];
  let depth = 0;
  let compound = false;
  /** A statement that begins or ends inside an executable comment (`/*!40101 SET … *\/`) keeps its markers. */
  const within = (at: number) => executable.find((s) => s.start < at && at <= s.end);
  const push = (end: number) => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const opened = within(first.start + 1);
      const closed = within(last.end);
      // nothing but the opener before the first token, nothing but the closer after the last
      const opensHere = opened !== undefined && !/\S/.test(sql.slice(opened.start, first.start).replace(/^\/\*M?!\d*/, ""));
      const closesHere = closed !== undefined && !/\S/.test(sql.slice(last.end, closed.end).replace(/\*\/$/, ""));
      // one comment holding the statement: both markers or neither; else each comment cut at an end keeps its marker
      const both = opened !== undefined && opened === closed;
      const from = opened && opensHere && (!both || closesHere) ? opened.start : first.start;
      const to = closed && closesHere && (!both || opensHere) ? closed.end : last.end;
      const text = sql.slice(from, to);
      out.push({ text, start: base + first.start, end: base + end, tokens: current.map((t) => ({ ...t, start: t.start + base, end: t.end + base })) });
    }
    current = [];
    depth = 0;
    compound = false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (delimiter === ";" ? t.kind === "punct" && t.text === ";" : matchesDelimiter(sql, t, delimiter)) {
      if (depth === 0 || delimiter !== ";") {
        push(t.start);
        if (delimiter !== ";") k = skipDelimiter(tokens, k, t.start + delimiter.length);
        continue;
      }
    }
    current.push(t);
    if (delimiter !== ";" || t.kind !== "word") continue;
    if (current.length <= 12) compound = isCompound(current);
    if (!compound) continue;
    const word = keywordOf(t.text);
    const prev = current[current.length - 2];
    const prevWord = prev?.kind === "word" ? keywordOf(prev.text) : null;
    const nextTok = tokens[k + 1];
    if (prevWord === "END" && BLOCK_OPENERS.has(word)) continue; // END IF, END LOOP, ...
    if (word === "END") depth = Math.max(0, depth - 1);
    else if (BLOCK_OPENERS.has(word)) {
      // IF(…), REPEAT(…) and CASE(…) are also functions; at a statement's start they open a block (WHILE is no function)
      const atStatementStart = prev === undefined || (prev.kind === "punct" && (prev.text === ";" || prev.text === ":")) || (prevWord !== null && STATEMENT_STARTS.has(prevWord));
      const call = nextTok?.kind === "punct" && nextTok.text === "(" && word !== "WHILE" && !atStatementStart;
      const ifExists = word === "IF" && nextTok?.kind === "word" && ["NOT", "EXISTS"].includes(keywordOf(nextTok.text));
      const notBlock = word === "BEGIN" && nextTok?.kind === "word" && keywordOf(nextTok.text) === "WORK";
      if (!call && !ifExists && !notBlock) depth++;
    }
  }
  push(sql.length);
  return out;
}

function matchesDelimiter(sql: string, t: Token, delimiter: string): boolean {
  return (t.kind === "punct" || t.kind === "word") && sql.startsWith(delimiter, t.start);
}

/** Skips the tokens a multi-character delimiter spans. */
function skipDelimiter(tokens: readonly Token[], k: number, end: number): number {
  let j = k;
  while (j + 1 < tokens.length && (tokens[j + 1] as Token).start < end) j++;
  return j;
}

/** The first `count` words a statement starts with, upper-cased, up to its first other token. */
export function leadingWords(stmt: ScannedStatement, count: number): string[] {
  const out: string[] = [];
  for (const t of stmt.tokens) {
    if (t.kind !== "word" || out.length >= count) break;
    out.push(keywordOf(t.text));
  }
  return out;
}

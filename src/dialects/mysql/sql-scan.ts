/**
 * MySQL's and MariaDB's lexical rules, for reading user SQL: `#` comments,
 * `-- ` comments (the dashes must be followed by a space or a control
 * character), `/* *\/` comments, executable comments (`/*! ... *\/`,
 * `/*!50708 ... *\/`, MariaDB's `/*M! ... *\/`) whose body is read as SQL,
 * backtick identifiers, '' and "" strings with backslash escapes (unless the
 * session has NO_BACKSLASH_ESCAPES), `?` placeholders, and the client's
 * `DELIMITER` command. Stored-program bodies (`CREATE PROCEDURE ... BEGIN
 * ...; ... END`) are one statement (compound-statement.ts).
 */
import { isStoredProgram, StoredProgramBlocks } from "./compound-statement.js";

export type TokenKind = "word" | "string" | "identifier" | "placeholder" | "punct" | "number" | "delimiter";

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

/** What tokenize reads besides the session's rules. */
interface TokenizeOptions extends ScanOptions {
  /**
   * The client's delimiter, when a DELIMITER line set one other than `;`: a
   * `delimiter` token wherever it starts outside strings, quoted names and
   * comments, even inside a word (the client cuts `END$$` into `END` and
   * `$$`, and `a$$b` too).
   */
  readonly delimiter?: string;
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
export function tokenize(sql: string, options: TokenizeOptions = {}, executable?: Span[]): Token[] {
  const out: Token[] = [];
  const n = sql.length;
  const delimiter = options.delimiter;
  const delimiterAt = (at: number) => delimiter !== undefined && sql.startsWith(delimiter, at);
  let i = 0;
  let inExecutableComment = false;
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    // the client looks for its delimiter before anything else, at every place outside quotes and comments
    if (delimiterAt(i)) {
      out.push({ kind: "delimiter", text: delimiter as string, start: i, end: i + (delimiter as string).length });
      i += (delimiter as string).length;
      continue;
    }
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
      while (i < n && WORD.test(sql[i] as string) && !delimiterAt(i)) i++;
      const text = sql.slice(start, i);
      out.push({ kind: /^[0-9]/.test(text) ? "number" : "word", text, start, end: i });
      continue;
    }
    out.push({ kind: "punct", text: c, start: i, end: i + 1 });
    i++;
  }
  return out;
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
  const lineRe = new RegExp(DELIMITER_LINE.source, "gim");
  for (let m = lineRe.exec(sql); m; m = lineRe.exec(sql)) {
    // only at the start of a statement: the text before it must end with the delimiter (or be blank)
    const before = sql.slice(offset, m.index);
    if (before.trim() !== "" && !insideNothing(before, options)) continue;
    parts.push({ text: before, offset, delimiter });
    delimiter = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
    offset = m.index + m[0].length;
  }
  parts.push({ text: sql.slice(offset), offset, delimiter });
  for (const part of parts) statements.push(...splitPart(part.text, part.offset, part.delimiter, options));
  return statements;
}

/**
 * A `DELIMITER` line, as the client reads it: the keyword (any case), then
 * the delimiter: quoted ('$$', "$$", `$$`) or up to the first space, so
 * `DELIMITER ;# x` sets `;#` and `DELIMITER $$-- x` sets `$$--`. The client
 * ignores whatever follows; here only a comment may (`DELIMITER $$ -- to
 * $$`, `DELIMITER ; # back`, `DELIMITER // /* x *\/`): other text after it
 * leaves the line to the server, which refuses it, rather than being
 * dropped unseen. (The client ends an unquoted delimiter at a space only, so
 * `DELIMITER $$<tab>` sets `$$<tab>`, which nothing matches; here a tab
 * ends it too.)
 */
const DELIMITER_LINE =
  /^[ \t]*delimiter[ \t]+(?:'([^'\r\n]+)'|"([^"\r\n]+)"|`([^`\r\n]+)`|([^ \t\r\n]+)(?![^ \t\r\n]))[ \t]*(?:#[^\n]*?|--(?:[ \t\x00-\x09\x0b-\x1f][^\n]*?)?|\/\*[^\n]*?\*\/[ \t]*)?\r?$/;

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

function splitPart(sql: string, base: number, delimiter: string, options: ScanOptions): ScannedStatement[] {
  const executable: Span[] = [];
  const tokens = tokenize(sql, delimiter === ";" ? options : { ...options, delimiter }, executable);
  const out: ScannedStatement[] = [];
  let current: Token[] = [];
  // without a DELIMITER line, a stored program's body is one statement: its blocks are followed
  let storedProgram: boolean | null = null;
  let blocks = new StoredProgramBlocks();
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
    storedProgram = null;
    blocks = new StoredProgramBlocks();
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "delimiter" || (t.kind === "punct" && t.text === ";" && delimiter === ";" && blocks.depth === 0)) {
      push(t.start);
      continue;
    }
    current.push(t);
    if (delimiter !== ";" || storedProgram === false) continue;
    if (storedProgram === null) {
      // decided at the head's keyword (or too far in to be one), before any body: read the head's tokens then
      storedProgram = current.length > 40 ? false : isStoredProgram(current);
      if (storedProgram) for (let j = 0; j < current.length; j++) blocks.read(current[j] as Token, current[j - 1], current[j + 1] ?? tokens[k + 1]);
      continue;
    }
    blocks.read(t, current[current.length - 2], tokens[k + 1]);
  }
  push(sql.length);
  return out;
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

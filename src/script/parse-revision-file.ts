/**
 * Reads a revision file's metadata straight from its source text, without
 * executing it: `revision`, `downRevision`, `branchLabels`, `dependsOn`,
 * `transactional`, and the leading doc comment (message, Create Date).
 * A metadata export whose value is not a literal is an error naming the
 * file and line: the graph must never depend on running user code.
 */
import { VERSION_NUM_LENGTH } from "../dialects/version-num-length.js";
import { AthanorError } from "../errors.js";

export interface ParsedRevisionFile {
  readonly revision: string;
  readonly downRevision: string | string[] | null;
  readonly branchLabels: string[];
  readonly dependsOn: string[];
  /** `export const transactional = false` marks a revision that runs outside a transaction. */
  readonly transactional: boolean;
  /** First paragraph of the doc comment. */
  readonly message: string;
  /** The whole doc comment, trimmed. */
  readonly doc: string;
  readonly path: string;
}

type Literal = string | null | boolean | number | undefined | Literal[];

/**
 * A metadata export, matched (sticky) where a line's first word is `export`:
 * `^[ \t]*export[ \t]+(const|let|var)[ \t]+NAME ... =`. Looking for
 * "export" with indexOf and trying this there finds what the same pattern
 * with the `m` flag finds, several times faster on a cold start (thousands of
 * files are read by every `heads`/`history`).
 */
const EXPORT_AT =
  /export[ \t]+(?:const|let|var)[ \t]+(revision|downRevision|branchLabels|dependsOn|transactional)\b[ \t]*(?::[^=\n]*(?:\n[^=\n]*)?)?=[ \t]*/y;

/**
 * Whether `pos` starts a statement: preceded by `[ \t]*` from the start of its
 * line (a multiline `^`), or by `;` on the same line (`...; export const
 * branchLabels = [...]`), which would otherwise be silently missed.
 */
function atLineStart(source: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9) i--;
    else return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 59; /* ; */
  }
  return true;
}

export function parseRevisionSource(source: string, path: string): ParsedRevisionFile {
  const found: Record<string, Literal> = {};
  for (let at = source.indexOf("export"); at >= 0; ) {
    if (!atLineStart(source, at)) {
      at = source.indexOf("export", at + 6);
      continue;
    }
    EXPORT_AT.lastIndex = at;
    const m = EXPORT_AT.exec(source);
    if (!m) {
      at = source.indexOf("export", at + 6);
      continue;
    }
    const name = m[1] as string;
    const start = at + m[0].length;
    at = source.indexOf("export", start);
    const parser = new LiteralParser(source, start);
    let value: Literal;
    try {
      value = parser.parseValue();
      parser.expectEnd();
    } catch (e) {
      const line = lineOf(source, parser.pos);
      throw new AthanorError(
        "SCRIPT.NOT_LITERAL",
        `${path}:${line}: '${name}' must be a literal (a string, null, true/false or an array of strings); Athanor reads revision metadata without running the file${e instanceof Error && e.message ? ` (${e.message})` : ""}`,
      );
    }
    if (name in found) {
      throw new AthanorError("SCRIPT.DUPLICATE_EXPORT", `${path}:${lineOf(source, m.index)}: '${name}' is exported twice`);
    }
    found[name] = value;
  }
  const at = (name: string) => {
    const re = new RegExp(`^[ \\t]*export[ \\t]+(?:const|let|var)[ \\t]+${name}\\b`, "m");
    const m = re.exec(source);
    return m ? `${path}:${lineOf(source, m.index)}` : path;
  };
  const revision = found.revision;
  if (typeof revision !== "string" || revision === "") {
    throw new AthanorError(
      "SCRIPT.NO_REVISION",
      revision === undefined
        ? `${path}: could not determine the revision id: the file must contain \`export const revision = "<id>"\``
        : `${at("revision")}: 'revision' must be a non-empty string`,
    );
  }
  checkRevisionIdLength(revision, at("revision"));
  const down = found.downRevision;
  if (!("downRevision" in found)) {
    throw new AthanorError(
      "SCRIPT.NO_DOWN_REVISION",
      `${path}: missing \`export const downRevision = ...\` (use null for a first revision)`,
    );
  }
  let downRevision: string | string[] | null;
  if (down === null || down === undefined) downRevision = null;
  else if (typeof down === "string") downRevision = down;
  else if (Array.isArray(down) && down.every((d): d is string => typeof d === "string")) {
    downRevision = down.length === 0 ? null : down.length === 1 ? (down[0] as string) : down;
  } else throw new AthanorError("SCRIPT.INVALID", `${at("downRevision")}: 'downRevision' must be a string, an array of strings, or null`);

  const list = (name: "branchLabels" | "dependsOn"): string[] => {
    const v = found[name];
    if (v === undefined || v === null) return [];
    if (typeof v === "string") return [v];
    if (Array.isArray(v) && v.every((x): x is string => typeof x === "string")) return v;
    throw new AthanorError("SCRIPT.INVALID", `${at(name)}: '${name}' must be an array of strings`);
  };
  const transactional = found.transactional;
  if (transactional !== undefined && typeof transactional !== "boolean") {
    throw new AthanorError("SCRIPT.INVALID", `${at("transactional")}: 'transactional' must be true or false`);
  }
  const doc = leadingDocComment(source);
  return {
    revision,
    downRevision,
    branchLabels: list("branchLabels"),
    dependsOn: list("dependsOn"),
    transactional: transactional !== false,
    message: firstParagraph(doc),
    doc,
    path,
  };
}

/** Characters in an id as the database counts them (code points, not UTF-16 units). */
function idLength(id: string): number {
  let n = 0;
  for (const _ of id) n++;
  return n;
}

/** Whether the version table can hold `id` (its version_num column is VARCHAR(VERSION_NUM_LENGTH)). */
export function revisionIdFits(id: string): boolean {
  return id.length <= VERSION_NUM_LENGTH || idLength(id) <= VERSION_NUM_LENGTH;
}

/**
 * Refuses an id the version table cannot hold, when the file is read: such a
 * revision could never be recorded, online or in a `--sql` script, so every
 * command stops before it connects or writes anything.
 */
function checkRevisionIdLength(id: string, where: string): void {
  if (revisionIdFits(id)) return;
  throw new AthanorError(
    "SCRIPT.REVISION_ID_TOO_LONG",
    `${where}: revision id '${id}' is ${idLength(id)} characters long; the version table holds at most ${VERSION_NUM_LENGTH} (version_num VARCHAR(${VERSION_NUM_LENGTH}))`,
  );
}

/** `doc.split(/\n[ \t]*\n/)[0].trim()` */
export function firstParagraph(doc: string): string {
  const m = /\n[ \t]*\n/.exec(doc);
  return (m ? doc.slice(0, m.index) : doc).trim();
}

function isSpace(c: number): boolean {
  // /\s/ for one UTF-16 unit: ASCII first, the rest through the regexp
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

function lineOf(source: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The doc comment before any code, with ` * ` gutters removed: the first
 * `/** ... *\/` comment, else the first plain block comment. So a licence
 * header in `/* ... *\/` above the doc comment is not taken for the message.
 */
export function leadingDocComment(source: string): string {
  let i = 0;
  if (source.startsWith("#!")) i = source.indexOf("\n") + 1;
  let first = -1;
  for (;;) {
    while (i < source.length && isSpace(source.charCodeAt(i))) i++;
    if (source.startsWith("//", i)) {
      const nl = source.indexOf("\n", i);
      i = nl < 0 ? source.length : nl + 1;
      continue;
    }
    if (source.startsWith("/*", i) && !source.startsWith("/**", i) && !source.startsWith("/**/", i)) {
      const close = source.indexOf("*/", i + 2);
      if (close < 0) break;
      if (first < 0) first = i;
      i = close + 2;
      continue;
    }
    break;
  }
  if (!source.startsWith("/**", i) || source.startsWith("/**/", i)) {
    if (first < 0) return "";
    i = first;
  }
  const end = source.indexOf("*/", i + 2);
  if (end < 0) return "";
  const body = source.slice(i + (source.startsWith("/**", i) ? 3 : 2), end);
  // each line: drop a `[ \t]*\* ?` gutter and trailing blanks
  let out = "";
  let from = 0;
  for (;;) {
    const nl = body.indexOf("\n", from);
    const stop = nl < 0 ? body.length : nl;
    let a = from;
    while (a < stop && (body.charCodeAt(a) === 32 || body.charCodeAt(a) === 9)) a++;
    if (a < stop && body.charCodeAt(a) === 42 /* * */) {
      a++;
      if (a < stop && body.charCodeAt(a) === 32) a++;
    } else a = from;
    let b = stop;
    // trailing blanks, and the CR of a file saved with CRLF line ends
    while (b > a && (body.charCodeAt(b - 1) === 32 || body.charCodeAt(b - 1) === 9 || body.charCodeAt(b - 1) === 13)) b--;
    out += body.slice(a, b);
    if (nl < 0) break;
    out += "\n";
    from = nl + 1;
  }
  return out.trim();
}

const WORDS: readonly (readonly [string, Literal])[] = [
  ["null", null],
  ["undefined", undefined],
  ["true", true],
  ["false", false],
];

class LiteralParser {
  pos: number;
  constructor(
    private readonly src: string,
    start: number,
  ) {
    this.pos = start;
  }

  private skip(): void {
    const s = this.src;
    for (;;) {
      while (this.pos < s.length && isSpace(s.charCodeAt(this.pos))) this.pos++;
      if (s.startsWith("//", this.pos)) {
        const nl = s.indexOf("\n", this.pos);
        this.pos = nl < 0 ? s.length : nl;
      } else if (s.startsWith("/*", this.pos)) {
        const end = s.indexOf("*/", this.pos + 2);
        this.pos = end < 0 ? s.length : end + 2;
      } else return;
    }
  }

  parseValue(): Literal {
    this.skip();
    const s = this.src;
    const c = s[this.pos];
    if (c === '"' || c === "'" || c === "`") return this.parseString(c);
    if (c === "[") {
      this.pos++;
      const items: Literal[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === "]") {
          this.pos++;
          break;
        }
        items.push(this.parseValue());
        this.skip();
        if (s[this.pos] === ",") {
          this.pos++;
          continue;
        }
        if (s[this.pos] === "]") {
          this.pos++;
          break;
        }
        throw new Error("expected ',' or ']'");
      }
      return this.suffix(items);
    }
    for (const [word, value] of WORDS) {
      if (s.startsWith(word, this.pos) && !/[\w$]/.test(s[this.pos + word.length] ?? "")) {
        this.pos += word.length;
        return this.suffix(value);
      }
    }
    throw new Error("not a literal");
  }

  /** Accepts a trailing `as const` / `as string[]` / `satisfies X`. */
  private suffix<T extends Literal>(v: T): T {
    // quick no: the first non-space character can't start `as`/`satisfies`
    let k = this.pos;
    const lim = Math.min(this.src.length, this.pos + 200);
    while (k < lim && isSpace(this.src.charCodeAt(k))) k++;
    const c = this.src.charCodeAt(k);
    if (k >= lim || (c !== 97 /* a */ && c !== 115) /* s */) return v;
    const m = /^\s*(?:as|satisfies)\s+[\w$.[\]| ]+/.exec(this.src.slice(this.pos, this.pos + 200));
    if (m) this.pos += m[0].replace(/\s+$/, "").length;
    return v;
  }

  /**
   * A string literal, decoded exactly as JavaScript decodes it: the escapes
   * \n \t \r \b \f \v \0 \xHH \uHHHH \u{H...} and line continuations; any
   * other escaped character stands for itself. What a module (strict code)
   * refuses is refused here too: octal escapes (\1, \07, \8), malformed
   * \x/\u escapes, and a line break in a '...' or "..." string. In a template
   * literal (no substitutions allowed), a CR or CRLF line break reads as LF.
   */
  private parseString(q: string): string {
    const s = this.src;
    const template = q === "`";
    let out = "";
    this.pos++;
    // the usual case: no escapes, no line breaks, no substitutions before the closing quote
    const close = s.indexOf(q, this.pos);
    if (close >= 0) {
      const text = s.slice(this.pos, close);
      if (!text.includes("\\") && !text.includes("\n") && !text.includes("\r") && !(template && text.includes("${"))) {
        this.pos = close + 1;
        return this.suffix(text);
      }
    }
    while (this.pos < s.length) {
      const ch = s[this.pos] as string;
      if (ch === q) {
        this.pos++;
        return this.suffix(out);
      }
      if (template && ch === "$" && s[this.pos + 1] === "{") throw new Error("template substitutions are not allowed");
      if (ch === "\n" || ch === "\r") {
        if (!template) throw new Error("unterminated string");
        out += "\n";
        this.pos += ch === "\r" && s[this.pos + 1] === "\n" ? 2 : 1;
        continue;
      }
      if (ch === "\\") {
        out += this.escape();
        continue;
      }
      out += ch;
      this.pos++;
    }
    throw new Error("unterminated string");
  }

  /** Decodes the escape sequence at `pos` (a backslash) and moves past it. */
  private escape(): string {
    const s = this.src;
    const n = s[this.pos + 1];
    this.pos += 2;
    switch (n) {
      case undefined:
        throw new Error("unterminated string");
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "r":
        return "\r";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "v":
        return "\v";
      case "\r":
        if (s[this.pos] === "\n") this.pos++;
        return "";
      case "\n":
      case "\u2028":
      case "\u2029":
        return "";
      case "x": {
        const hex = s.slice(this.pos, this.pos + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Error("invalid \\x escape: it takes two hex digits");
        this.pos += 2;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      case "u": {
        const braced = s[this.pos] === "{" ? /^\{([0-9A-Fa-f]+)\}/.exec(s.slice(this.pos, this.pos + 64)) : null;
        if (braced) {
          const code = Number.parseInt(braced[1] as string, 16);
          if (code > 0x10ffff) throw new Error("invalid \\u{...} escape: beyond U+10FFFF");
          this.pos += braced[0].length;
          return String.fromCodePoint(code);
        }
        const hex = s.slice(this.pos, this.pos + 4);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Error("invalid \\u escape: it takes four hex digits or {...}");
        this.pos += 4;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      default:
        if (n >= "0" && n <= "9") {
          if (n === "0" && !/[0-9]/.test(s[this.pos] ?? "")) return "\0";
          throw new Error(`octal escape sequences such as \\${n} are not allowed in modules`);
        }
        return n;
    }
  }

  expectEnd(): void {
    const s = this.src;
    while (this.pos < s.length && (s[this.pos] === " " || s[this.pos] === "\t")) this.pos++;
    const c = s[this.pos];
    if (c === undefined || c === ";" || c === "\n" || c === "\r") return;
    if (s.startsWith("//", this.pos) || s.startsWith("/*", this.pos)) return;
    throw new Error("unexpected text after the value");
  }
}

/**
 * A small, conservative TypeScript type stripper for revision files and
 * configs: type syntax is replaced by spaces (lines and columns stay where
 * they were), the rest of the text is left byte for byte. It recognises type
 * syntax only where it can be sure of it (annotations on variables,
 * parameters and return types, `as`/`satisfies`, `!`, type arguments of
 * calls, `import type`, `type`/`interface` declarations) and gives up
 * (returns null) on anything else that is not plain JavaScript: classes,
 * enums, namespaces, decorators, `declare`, generic arrows, `<T>x` casts.
 * The caller then takes the general path (jiti). Whatever TypeScript it does
 * not recognise stays in the text, so the JavaScript parser rejects it before
 * any code runs, and the caller falls back then too.
 */

type Kind = "id" | "p" | "str" | "num" | "re" | "tpl" | "tplHead" | "tplMid" | "tplTail";

interface Tok {
  k: Kind;
  v: string;
  s: number;
  e: number;
  /** A line break between the previous token and this one. */
  nl: boolean;
  /** Index of the matching bracket (for ( [ { and template pieces). */
  m: number;
  /** For `)` `]` `}`: the bracket closes an expression (so `/` after it divides). */
  end: boolean;
}

export interface StaticImport {
  /** Offsets of the specifier string literal, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly specifier: string;
  /** Names taken from the module: imported names, "default", or "*" (namespace, re-export, side effect). */
  readonly names: readonly string[];
}

/** What an import declaration binds: `import d, * as ns from`, `import { a as b } from`. */
export interface ImportBindings {
  readonly default?: string;
  readonly namespace?: string;
  /** [imported name, local name] */
  readonly named: readonly (readonly [string, string])[];
}

/**
 * Enough to run the module as the body of an async function instead of as an
 * ES module: its exports are plain (`export const x`, `export function f`,
 * `export { a as b }`), none is a default export or a re-export.
 */
export interface ScriptForm {
  /** [exported name, local name] */
  readonly exports: readonly (readonly [string, string])[];
  /**
   * Ranges to blank for that form: the import declarations, `export` keywords, `export { … }` lists;
   * with a text, written in its place instead (`export default` becomes a constant).
   */
  readonly blanks: readonly (readonly [number, number, string?])[];
  /** Bindings of each entry of `imports`, in the same order. */
  readonly bindings: readonly ImportBindings[];
}

export interface StripResult {
  readonly code: string;
  /** Null when the module has default exports, re-exports or exported patterns. */
  readonly script: ScriptForm | null;
  /** Specifiers of `import … from`, `import "…"` and `export … from` that remain. */
  readonly imports: readonly StaticImport[];
  /** Uses import(), import.meta, require, module, exports, __dirname or __filename. */
  readonly needsModuleContext: boolean;
}

class Unsupported extends Error {}

/** The constant `export default <expression>` becomes in the script form. */
const DEFAULT_LOCAL = "__athanorDefault";

const NOT_END_KEYWORDS = new Set([
  "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
  "yield", "await", "extends", "export", "import", "default", "const", "let", "var", "if", "while", "for",
  "with", "switch", "catch", "try", "finally", "function", "class",
]);
const HEADER_KEYWORDS = new Set(["if", "while", "for", "with", "switch", "catch"]);
const OBJECT_AFTER_KEYWORDS = new Set(["return", "typeof", "case", "default", "in", "of", "yield", "await", "void", "delete", "throw", "new"]);
const MODULE_CONTEXT_IDS = new Set(["require", "module", "exports", "__dirname", "__filename"]);
const PUNCT3 = ["===", "!==", "...", "**=", "&&=", "||=", "??="];
const PUNCT2 = ["=>", "==", "!=", "?.", "??", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**"];
const PUNCT_FIRST = new Set([...PUNCT3, ...PUNCT2].map((p) => p[0] as string));
const PUNCT_SECOND = new Set([...PUNCT3, ...PUNCT2].map((p) => p[1] as string));
/** [A-Za-z_$] or any non-ASCII unit (what the regexps /[A-Za-z_$\u0080-\uffff]/ and /[\w$\u0080-\uffff]/ accept). */
function isIdStartCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 128;
}
function isIdPartCode(c: number): boolean {
  return isIdStartCode(c) || (c >= 48 && c <= 57);
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  const stack: number[] = []; // indices of open ( [ { and template heads/middles
  let i = 0;
  let nl = false;
  const n = src.length;
  const prevEnd = (): boolean => {
    const p = toks[toks.length - 1];
    if (!p) return false;
    switch (p.k) {
      case "id": {
        const d = toks[toks.length - 2];
        return !NOT_END_KEYWORDS.has(p.v) || (d?.k === "p" && (d.v === "." || d.v === "?."));
      }
      case "num":
      case "str":
      case "re":
      case "tpl":
      case "tplTail":
        return true;
      case "p":
        return p.v === ")" || p.v === "]" || p.v === "}" ? p.end : p.v === "++" || p.v === "--";
      default:
        return false;
    }
  };
  const push = (k: Kind, s: number, e: number): Tok => {
    const t: Tok = { k, v: k === "id" || k === "p" ? src.slice(s, e) : "", s, e, nl, m: -1, end: false };
    toks.push(t);
    nl = false;
    return t;
  };
  const readTemplatePart = (start: number): number => {
    // from just after ` or }, up to and including ` or ${
    let j = start;
    while (j < n) {
      const c = src[j];
      if (c === "\\") j += 2;
      else if (c === "`") return j + 1;
      else if (c === "$" && src[j + 1] === "{") return j + 2;
      else j++;
    }
    throw new Unsupported("unterminated template");
  };
  while (i < n) {
    const code = src.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      nl = true;
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 12 || code === 11 || code === 0xfeff || code === 0xa0) {
      i++;
      continue;
    }
    if (isIdStartCode(code) && code !== 0xfeff && code !== 0xa0 && code !== 0x2028 && code !== 0x2029) {
      let j = i + 1;
      while (j < n && isIdPartCode(src.charCodeAt(j))) j++;
      push("id", i, j);
      i = j;
      continue;
    }
    const c = src[i] as string;
    if (c === "/" && src[i + 1] === "/") {
      const e = src.indexOf("\n", i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const e = src.indexOf("*/", i + 2);
      if (e < 0) throw new Unsupported("unterminated comment");
      if (/[\n\r\u2028\u2029]/.test(src.slice(i, e))) nl = true;
      i = e + 2;
      continue;
    }
    if (c === "\\") throw new Unsupported("escaped identifier");
    if (c === "#") {
      let j = i + 1;
      while (j < n && isIdPartCode(src.charCodeAt(j))) j++;
      push("id", i, j);
      i = j;
      continue;
    }
    if ((c >= "0" && c <= "9") || (c === "." && src[i + 1] !== undefined && (src[i + 1] as string) >= "0" && (src[i + 1] as string) <= "9")) {
      let j = i + 1;
      while (j < n && (isIdPartCode(src.charCodeAt(j)) || src.charCodeAt(j) === 46) && src.charCodeAt(j) < 128) {
        if ((src[j] === "e" || src[j] === "E") && (src[j + 1] === "+" || src[j + 1] === "-")) j++;
        j++;
      }
      push("num", i, j);
      i = j;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c) {
        if (src[j] === "\\") j++;
        else if (src[j] === "\n") throw new Unsupported("unterminated string");
        j++;
      }
      if (j >= n) throw new Unsupported("unterminated string");
      push("str", i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "`") {
      const j = readTemplatePart(i + 1);
      if (src[j - 1] === "{") {
        push("tplHead", i, j);
        stack.push(toks.length - 1);
      } else push("tpl", i, j);
      i = j;
      continue;
    }
    if (c === "/") {
      if (!prevEnd()) {
        // a regular expression literal
        let j = i + 1;
        let cls = false;
        while (j < n) {
          const d = src[j];
          if (d === "\\") j += 2;
          else if (d === "\n") throw new Unsupported("unterminated regexp");
          else {
            if (d === "[") cls = true;
            else if (d === "]") cls = false;
            else if (d === "/" && !cls) break;
            j++;
          }
        }
        j++;
        while (j < n && isIdPartCode(src.charCodeAt(j))) j++;
        push("re", i, j);
        i = j;
        continue;
      }
    }
    if (c === "(" || c === "[" || c === "{") {
      const prev = toks[toks.length - 1];
      const t = push("p", i, i + 1);
      const idx = toks.length - 1;
      stack.push(idx);
      if (c === "(") t.end = !(prev?.k === "id" && HEADER_KEYWORDS.has(prev.v));
      else if (c === "[") t.end = true;
      else t.end = isObjectBrace(prev);
      i++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      const open = stack.pop();
      if (open === undefined) throw new Unsupported("unbalanced brackets");
      const o = toks[open] as Tok;
      if (c === "}" && (o.k === "tplHead" || o.k === "tplMid")) {
        const j = readTemplatePart(i + 1);
        const t = push(src[j - 1] === "{" ? "tplMid" : "tplTail", i, j);
        const idx = toks.length - 1;
        o.m = idx;
        t.m = open;
        if (t.k === "tplMid") stack.push(idx);
        i = j;
        continue;
      }
      const want = o.v === "(" ? ")" : o.v === "[" ? "]" : "}";
      if (o.k !== "p" || want !== c) throw new Unsupported("unbalanced brackets");
      const t = push("p", i, i + 1);
      t.m = open;
      t.end = o.end;
      o.m = toks.length - 1;
      i++;
      continue;
    }
    if (c === "@") throw new Unsupported("decorator");
    let len = 1;
    const c1 = src[i + 1];
    if (c1 !== undefined && PUNCT_FIRST.has(c) && PUNCT_SECOND.has(c1)) {
      if (PUNCT3.includes(src.slice(i, i + 3))) len = 3;
      else if (PUNCT2.includes(c + c1)) len = 2;
    }
    if (len === 2 && c === "?" && src[i + 1] === "." && /[0-9]/.test(src[i + 2] ?? "")) len = 1; // a ?.5 : b
    push("p", i, i + len);
    i += len;
  }
  if (stack.length) throw new Unsupported("unbalanced brackets");
  return toks;
}

/** Whether `{` after `prev` opens an object literal (else a block or a class/function body). */
function isObjectBrace(prev: Tok | undefined): boolean {
  if (!prev) return false;
  if (prev.k === "id") return OBJECT_AFTER_KEYWORDS.has(prev.v);
  // `>` ends a return type (`): Promise<void> {`) far more often than it compares with an object literal
  if (prev.k === "p") return !(prev.v === ")" || prev.v === "]" || prev.v === "}" || prev.v === ";" || prev.v === "=>" || prev.v === ">");
  return prev.k === "tplHead" || prev.k === "tplMid";
}

type FrameKind = "top" | "block" | "object" | "params" | "paren" | "other";

interface Frame {
  kind: FrameKind;
  close: number;
  /** Inside `const`/`let`/`var` declarators at this depth: `,` starts the next binding. */
  decl: boolean;
  /** Unmatched `?` of conditional expressions at this depth. */
  ternary: number;
  /** params: at the start of a parameter (before its binding). */
  paramStart: boolean;
  /** object: at the start of a property. */
  propStart: boolean;
  /** decl came from `export const|let|var`. */
  exportDecl?: boolean;
}

export function stripTypes(src: string): StripResult | null {
  const r = stripTypesOrReason(src);
  return typeof r === "string" ? null : r;
}

/** Like stripTypes, with the reason when the source is not taken. */
export function stripTypesOrReason(src: string): StripResult | string {
  try {
    return new Stripper(src).run();
  } catch (e) {
    if (e instanceof Unsupported) return e.message;
    throw e;
  }
}

class Stripper {
  private readonly toks: Tok[];
  /** Ranges to blank: [start, end, put ";" at start]. */
  private readonly blanks: [number, number, boolean][] = [];
  private readonly imports: StaticImport[] = [];
  private needsModuleContext = false;
  private scriptOk = true;
  private readonly scriptExports: [string, string][] = [];
  private readonly scriptBlanks: [number, number, string?][] = [];
  private readonly bindings: ImportBindings[] = [];

  constructor(private readonly src: string) {
    this.toks = tokenize(src);

  }

  run(): StripResult {
    if (this.src.startsWith("#!")) throw new Unsupported("hashbang");
    this.scan(0, this.toks.length, { kind: "top", close: this.toks.length, decl: false, ternary: 0, paramStart: false, propStart: false });
    return {
      code: this.output(),
      script: this.scriptOk ? { exports: this.scriptExports, blanks: this.scriptBlanks, bindings: this.bindings } : null,
      imports: this.imports,
      needsModuleContext: this.needsModuleContext,
    };
  }

  /** The source with every blanked range turned into spaces (line breaks kept). */
  private output(): string {
    const src = this.src;
    const b = this.blanks.sort((x, y) => x[0] - y[0]);
    let out = "";
    let at = 0;
    for (const [s0, e, semi] of b) {
      const s = Math.max(s0, at);
      if (e <= s) continue;
      out += src.slice(at, s);
      const part = src.slice(s, e);
      let blank = part.replace(/[^\n\r]/g, " ");
      if (semi && s === s0) blank = `;${blank.slice(1)}`;
      out += blank;
      at = e;
    }
    return out + src.slice(at);
  }

  private tok(i: number): Tok | undefined {
    return this.toks[i];
  }
  private is(i: number, v: string): boolean {
    const t = this.toks[i];
    return t !== undefined && (t.k === "p" || t.k === "id") && t.v === v;
  }
  private isId(i: number): boolean {
    return this.toks[i]?.k === "id";
  }

  /** Blanks tokens [from, to) (whitespace between them too), keeping line breaks. */
  private blank(from: number, to: number, semicolon = false): void {
    if (to <= from) return;
    this.blanks.push([(this.toks[from] as Tok).s, (this.toks[to - 1] as Tok).e, semicolon]);
  }

  private exprEnd(i: number): boolean {
    const p = this.toks[i];
    if (!p) return false;
    if (p.k === "id") return !NOT_END_KEYWORDS.has(p.v) || this.is(i - 1, ".") || this.is(i - 1, "?.");
    if (p.k === "p") return p.v === ")" || p.v === "]" || p.v === "}" ? p.end : false;
    return p.k !== "tplHead" && p.k !== "tplMid";
  }

  private stmtStart(i: number, frame: Frame): boolean {
    if (frame.kind !== "top" && frame.kind !== "block") return false;
    const t = this.toks[i] as Tok;
    const p = this.toks[i - 1];
    if (!p || t.nl) return true;
    if (p.k !== "p") return false;
    return p.v === ";" || (p.v === "{" && !p.end) || (p.v === "}" && !p.end);
  }

  /** After blanking the end of an expression: a following line must not glue onto what is left. */
  private guardAsi(next: number): void {
    const t = this.toks[next];
    if (t?.nl && (t.k === "tpl" || t.k === "tplHead" || (t.k === "p" && ["(", "[", "+", "-", "/"].includes(t.v)) || t.k === "re")) {
      throw new Unsupported("line starting with ( [ ` + - / after stripped type");
    }
  }

  private scan(from: number, to: number, frame: Frame): void {
    let i = from;
    while (i < to) {
      const t = this.toks[i] as Tok;
      if (frame.kind === "params" && frame.paramStart) {
        i = this.param(i, frame);
        continue;
      }
      if (frame.kind === "object" && frame.propStart) {
        frame.propStart = false;
        const j = this.objectMethod(i);
        if (j !== i) {
          i = j;
          continue;
        }
      }
      if (t.k === "id") {
        i = this.identifier(i, frame);
        continue;
      }
      if (t.k === "tplHead" || t.k === "tplMid") {
        const close = t.m;
        this.scan(i + 1, close, { kind: "other", close, decl: false, ternary: 0, paramStart: false, propStart: false });
        i = close;
        if ((this.toks[i] as Tok).k === "tplMid") continue;
        i++;
        continue;
      }
      if (t.k !== "p") {
        i++;
        continue;
      }
      switch (t.v) {
        case "(":
          i = this.paren(i, frame);
          continue;
        case "[":
          this.scan(i + 1, t.m, { kind: "other", close: t.m, decl: false, ternary: 0, paramStart: false, propStart: false });
          i = t.m + 1;
          continue;
        case "{": {
          const kind: FrameKind = t.end ? "object" : "block";
          this.scan(i + 1, t.m, { kind, close: t.m, decl: false, ternary: 0, paramStart: false, propStart: kind === "object" });
          i = t.m + 1;
          continue;
        }
        case ";":
          frame.decl = false;
          frame.exportDecl = false;
          frame.ternary = 0;
          i++;
          continue;
        case "?":
          frame.ternary++;
          i++;
          continue;
        case ":":
          if (frame.ternary > 0) frame.ternary--;
          i++;
          continue;
        case ",":
          if (frame.kind === "params") frame.paramStart = true;
          else if (frame.kind === "object") frame.propStart = true;
          else if (frame.decl && frame.ternary === 0) {
            if (frame.exportDecl) this.scriptOk = false; // `export const a = 1, b = 2`: keep it simple
            i = this.binding(i + 1);
            continue;
          }
          i++;
          continue;
        case "!":
          // non-null assertion: `x!`, `f()!.y`
          if (this.exprEnd(i - 1) && !t.nl) {
            this.blank(i, i + 1);
            this.guardAsi(i + 1);
          }
          i++;
          continue;
        case "<":
          if (this.exprEnd(i - 1)) {
            if (t.nl) {
              i++;
              continue;
            }
            // `f<T>(…)`: type arguments when they parse as types and a call follows
            const j = this.typeArgs(i);
            if (j > 0) {
              const nx = this.toks[j];
              if (nx && ((nx.k === "p" && nx.v === "(") || nx.k === "tpl" || nx.k === "tplHead")) {
                this.blank(i, j);
                i = j;
                continue;
              }
            }
            i++;
            continue;
          }
          {
            // a generic arrow `<T>(x: T) => …` (a `<T>x` cast is not taken)
            const j = this.typeParams(i);
            if (j > 0 && this.is(j, "(")) {
              const close = (this.toks[j] as Tok).m;
              const after = this.arrowAfter(close);
              if (after > 0) {
                this.blank(i, j);
                i = this.paren(j, frame);
                continue;
              }
            }
          }
          throw new Unsupported("type assertion or generic arrow");
        default:
          i++;
      }
    }
  }

  private identifier(i: number, frame: Frame): number {
    const t = this.toks[i] as Tok;
    const v = t.v;
    const prevDot = this.is(i - 1, ".") || this.is(i - 1, "?.");
    if (prevDot) return i + 1;
    // a property name: `{ enum: [...] }`, `{ private: true }`
    if (frame.kind === "object" && this.is(i + 1, ":") && (this.is(i - 1, "{") || this.is(i - 1, ","))) return i + 1;
    const start = this.stmtStart(i, frame);
    switch (v) {
      case "import":
        if (this.is(i + 1, "(") || this.is(i + 1, ".")) {
          this.needsModuleContext = true;
          return i + 1;
        }
        if (!start || frame.kind !== "top") throw new Unsupported("import in an unexpected place");
        return this.importDecl(i);
      case "export":
        if (!start || frame.kind !== "top") throw new Unsupported("export in an unexpected place");
        return this.exportDecl(i);
      case "type":
        if (start && this.isId(i + 1) && !(this.toks[i + 1] as Tok).nl) return this.typeAlias(i, i);
        return i + 1;
      case "interface":
        if (start) return this.interfaceDecl(i, i);
        throw new Unsupported("interface");
      case "enum":
      case "namespace":
      case "module":
      case "declare":
      case "abstract":
        if (v === "enum" || (start && (this.isId(i + 1) || this.tok(i + 1)?.k === "str") && !(this.toks[i + 1] as Tok).nl)) {
          throw new Unsupported(v);
        }
        if (v === "module") this.needsModuleContext = true;
        return i + 1;
      case "class":
        if (!this.is(i + 1, ":")) throw new Unsupported("class");
        return i + 1;
      case "const":
      case "let":
      case "var":
        if (this.is(i + 1, "enum")) throw new Unsupported("const enum");
        frame.decl = true;
        frame.exportDecl = this.is(i - 1, "export");
        return this.binding(i + 1);
      case "function":
        return this.functionDecl(i, frame);
      case "async":
        if (this.is(i + 1, "function") && !(this.toks[i + 1] as Tok).nl) return this.functionDecl(i + 1, frame);
        if (this.is(i + 1, "(") && !(this.toks[i + 1] as Tok).nl) return this.paren(i + 1, frame, true);
        return i + 1;
      case "catch":
        if (this.is(i + 1, "(")) {
          const open = i + 1;
          const close = (this.toks[open] as Tok).m;
          // `catch (e: unknown)`
          let j = open + 1;
          if (this.isId(j)) j++;
          else if (this.is(j, "{") || this.is(j, "[")) j = (this.toks[j] as Tok).m + 1;
          if (this.is(j, ":")) {
            const k = this.type(j + 1);
            if (k !== close) throw new Unsupported("catch clause type");
            this.blank(j, k);
          }
          return close + 1;
        }
        return i + 1;
      case "as":
      case "satisfies":
        if (this.exprEnd(i - 1) && !t.nl && !this.is(i + 1, ",") && !this.is(i + 1, ")") && !this.is(i + 1, ";") && !this.is(i + 1, "=")) {
          let j = i;
          // a chain on one expression: `x as const satisfies T`, `x as unknown as T`
          do {
            const op = (this.toks[j] as Tok).v;
            const end = this.type(j + 1, true);
            if (end < 0) throw new Unsupported(`${op} with an unknown type`);
            this.blank(j, end);
            j = end;
          } while ((this.is(j, "as") || this.is(j, "satisfies")) && !(this.toks[j] as Tok).nl);
          this.guardAsi(j);
          return j;
        }
        return i + 1;
      case "private":
      case "public":
      case "protected":
      case "implements":
      case "package":
        if (this.isId(i + 1) && !(this.toks[i + 1] as Tok).nl) throw new Unsupported(v);
        return i + 1;
      default:
        if (MODULE_CONTEXT_IDS.has(v) && !this.is(i + 1, ":")) this.needsModuleContext = true;
        return i + 1;
    }
  }

  /** `import …` at statement start. */
  private importDecl(i: number): number {
    let j = i + 1;
    const first = this.tok(j);
    if (first?.k === "str") return this.fromClause(j, j + 1, ["*"], i, { named: [] });
    if (this.is(j, "type")) {
      const nx = this.tok(j + 1);
      const typeIsBinding = this.is(j + 1, "from") || this.is(j + 1, ",") || this.is(j + 1, "=");
      if (!typeIsBinding && nx && (nx.k === "id" || (nx.k === "p" && (nx.v === "{" || nx.v === "*")))) {
        // import type … from "x";
        const end = this.findFrom(j + 1);
        this.blank(i, this.afterSemicolon(end + 1), true);
        return this.afterSemicolon(end + 1);
      }
    }
    let hasValue = false;
    const names: string[] = [];
    let def: string | undefined;
    let namespace: string | undefined;
    let named: [string, string][] = [];
    if (this.isId(j) && !this.is(j, "from")) {
      // default binding (may be named `type`)
      if (this.is(j + 1, "=")) throw new Unsupported("import = require");
      hasValue = true;
      names.push("default");
      def = (this.toks[j] as Tok).v;
      j++;
      if (this.is(j, ",")) j++;
    } else if (this.is(j, "from") && this.is(j + 1, "from")) {
      hasValue = true;
      names.push("default");
      def = "from";
      j++;
    }
    if (this.is(j, "*")) {
      if (!this.is(j + 1, "as") || !this.isId(j + 2)) throw new Unsupported("import *");
      hasValue = true;
      names.push("*");
      namespace = (this.toks[j + 2] as Tok).v;
      j += 3;
    } else if (this.is(j, "{")) {
      const close = (this.toks[j] as Tok).m;
      const r = this.specifiers(j, close);
      names.push(...r.names);
      named = r.pairs;
      if (r.names.length > 0 || r.types === 0) hasValue = true;
      j = close + 1;
    }
    if (!this.is(j, "from") || this.tok(j + 1)?.k !== "str") throw new Unsupported("import syntax");
    if (!hasValue) {
      // every binding is a type: the whole declaration goes, as TypeScript does
      const end = this.afterSemicolon(j + 2);
      this.blank(i, end, true);
      return end;
    }
    return this.fromClause(j + 1, j + 2, names.length ? names : ["*"], i, {
      ...(def !== undefined ? { default: def } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      named,
    });
  }

  /** Records the specifier at `str` and skips `with { … }` and `;`. */
  /**
   * Records the specifier at `str` and skips `with { … }` and `;`. `stmt` is the
   * declaration's first token and `bindings` what it binds, for an import; a
   * re-export (`export … from`) passes neither.
   */
  private fromClause(str: number, after: number, names: string[], stmt?: number, bindings?: ImportBindings): number {
    const t = this.toks[str] as Tok;
    const specifier = this.src.slice(t.s + 1, t.e - 1);
    if (specifier.includes("\\")) throw new Unsupported("escape in a module specifier");
    this.imports.push({ start: t.s, end: t.e, specifier, names });
    let j = after;
    if ((this.is(j, "with") || this.is(j, "assert")) && this.is(j + 1, "{")) j = (this.toks[j + 1] as Tok).m + 1;
    const end = this.is(j, ";") ? j + 1 : j;
    if (stmt !== undefined && bindings) {
      this.bindings.push(bindings);
      this.scriptBlanks.push([(this.toks[stmt] as Tok).s, (this.toks[end - 1] as Tok).e]);
    } else {
      this.bindings.push({ named: [] });
      this.scriptOk = false;
    }
    return end;
  }

  private afterSemicolon(j: number): number {
    return this.is(j, ";") ? j + 1 : j;
  }

  private findFrom(j: number): number {
    for (let k = j; k < this.toks.length; k++) {
      if (this.is(k, "from") && this.tok(k + 1)?.k === "str") return k + 1;
      if (this.is(k, ";")) break;
    }
    throw new Unsupported("import type syntax");
  }

  /** `{ a, type B, c as d }` in import/export: blanks type-only specifiers. */
  private specifiers(open: number, close: number): { names: string[]; types: number; pairs: [string, string][] } {
    const names: string[] = [];
    const pairs: [string, string][] = [];
    let types = 0;
    let k = open + 1;
    while (k < close) {
      let e = k;
      while (e < close && !this.is(e, ",")) e++;
      const parts = this.toks.slice(k, e);
      const words = parts.map((p) => (p.k === "str" ? "<str>" : p.v));
      const isType =
        words[0] === "type" &&
        (words.length === 2 || (words.length === 4 && words[2] === "as")) &&
        words[1] !== "as";
      const isTypeAsAs = words[0] === "type" && words.length === 4 && words[1] === "as" && words[2] === "as";
      if (words.length === 0) {
        // trailing comma
      } else if (isType || isTypeAsAs) {
        types++;
        this.blank(k, e < close ? e + 1 : e);
      } else if (words.length === 1 || (words.length === 3 && words[1] === "as")) {
        const p = parts[0] as Tok;
        const name = p.k === "str" ? this.src.slice(p.s + 1, p.e - 1) : p.v;
        names.push(name);
        const local = words.length === 3 ? (parts[2] as Tok) : p;
        pairs.push([name, local.k === "str" ? this.src.slice(local.s + 1, local.e - 1) : local.v]);
      } else throw new Unsupported("import/export specifier");
      k = e + 1;
    }
    return { names, types, pairs };
  }

  /** `export …` at statement start. */
  private exportDecl(i: number): number {
    const j = i + 1;
    if (this.is(j, "type")) {
      if (this.is(j + 1, "{")) {
        const close = (this.toks[j + 1] as Tok).m;
        let end = close + 1;
        if (this.is(end, "from")) end += 2;
        end = this.afterSemicolon(end);
        this.blank(i, end, true);
        return end;
      }
      if (this.is(j + 1, "*")) throw new Unsupported("export type *");
      return this.typeAlias(i, j);
    }
    if (this.is(j, "interface")) return this.interfaceDecl(i, j);
    if (this.is(j, "{")) {
      const close = (this.toks[j] as Tok).m;
      const r = this.specifiers(j, close);
      const from = this.is(close + 1, "from") && this.tok(close + 2)?.k === "str";
      if (r.names.length === 0 && r.types > 0) {
        const end = this.afterSemicolon(from ? close + 3 : close + 1);
        this.blank(i, end, true);
        return end;
      }
      if (from) return this.fromClause(close + 2, close + 3, r.names);
      // `export { local as exported }`: pairs are [local, exported] here
      for (const [local, exported] of r.pairs) this.scriptExports.push([exported, local]);
      const end = this.afterSemicolon(close + 1);
      this.scriptBlanks.push([(this.toks[i] as Tok).s, (this.toks[end - 1] as Tok).e]);
      return end;
    }
    if (this.is(j, "*")) {
      let k = j + 1;
      if (this.is(k, "as")) k += 2;
      if (!this.is(k, "from") || this.tok(k + 1)?.k !== "str") throw new Unsupported("export *");
      return this.fromClause(k + 1, k + 2, ["*"]);
    }
    if (this.is(j, "=") || this.is(j, "as") || this.is(j, "import") || this.is(j, "declare") || this.is(j, "enum") || this.is(j, "namespace") || this.is(j, "module") || this.is(j, "abstract")) {
      throw new Unsupported("export form");
    }
    // export default / const / function / async function: the next token is handled as usual
    const kw = this.toks[i] as Tok;
    if (this.is(j, "const")) {
      if (this.isId(j + 1)) this.scriptExports.push([(this.toks[j + 1] as Tok).v, (this.toks[j + 1] as Tok).v]);
      else this.scriptOk = false; // an exported pattern
    } else {
      // `export [async] function [*] name`; anything else (default, let/var, class) keeps the module form
      let k = j;
      if (this.is(k, "async") && this.is(k + 1, "function") && !(this.toks[k + 1] as Tok).nl) k++;
      if (this.is(k, "function")) {
        k++;
        if (this.is(k, "*")) k++;
        if (this.isId(k)) this.scriptExports.push([(this.toks[k] as Tok).v, (this.toks[k] as Tok).v]);
        else this.scriptOk = false;
      } else if (this.is(k, "default") && this.defaultIsExpression(k + 1)) {
        // `export default <expression>`: the value is kept in a constant and returned as "default"
        this.scriptExports.push(["default", DEFAULT_LOCAL]);
        this.scriptBlanks.push([kw.s, (this.toks[k] as Tok).e, `const ${DEFAULT_LOCAL} =`]);
        return j;
      } else this.scriptOk = false;
    }
    this.scriptBlanks.push([kw.s, kw.e]);
    return j;
  }

  /** After `export default`: an expression, not a declaration (function, class: those keep the module form). */
  private defaultIsExpression(k: number): boolean {
    if (this.is(k, "function") || this.is(k, "class") || this.is(k, "abstract") || this.is(k, "interface")) return false;
    return !(this.is(k, "async") && this.is(k + 1, "function") && !(this.toks[k + 1] as Tok).nl);
  }

  /** `type Name<…> = Type;` starting at `at` (which may be `export`). */
  private typeAlias(at: number, typeKw: number): number {
    let j = typeKw + 1;
    if (!this.isId(j)) throw new Unsupported("type alias");
    j++;
    if (this.is(j, "<")) {
      j = this.typeParams(j);
      if (j < 0) throw new Unsupported("type parameters");
    }
    if (!this.is(j, "=")) throw new Unsupported("type alias");
    j = this.type(j + 1);
    if (j < 0) throw new Unsupported("type alias");
    j = this.afterSemicolon(j);
    this.blank(at, j, true);
    return j;
  }

  private interfaceDecl(at: number, kw: number): number {
    let j = kw + 1;
    if (!this.isId(j)) throw new Unsupported("interface");
    j++;
    if (this.is(j, "<")) {
      j = this.typeParams(j);
      if (j < 0) throw new Unsupported("type parameters");
    }
    if (this.is(j, "extends")) {
      do {
        j = this.type(j + 1);
        if (j < 0) throw new Unsupported("interface extends");
      } while (this.is(j, ","));
    }
    if (!this.is(j, "{")) throw new Unsupported("interface");
    j = (this.toks[j] as Tok).m + 1;
    this.blank(at, j, true);
    return j;
  }

  /** A binding after const/let/var or `,`: name or pattern, then `!` and `: Type`. */
  private binding(j: number): number {
    if (this.isId(j)) j++;
    else if (this.is(j, "{") || this.is(j, "[")) {
      // patterns are left as they are (TypeScript allows no types inside them)
      j = (this.toks[j] as Tok).m + 1;
    } else return j;
    const bang = this.is(j, "!");
    if (this.is(j + (bang ? 1 : 0), ":")) {
      const c = j + (bang ? 1 : 0);
      const e = this.type(c + 1);
      if (e < 0) throw new Unsupported("variable type");
      this.blank(j, e);
      return e;
    }
    return j;
  }

  /** `function [*] [name] [<T>] (params) [: Type] {`, `function` at `f`. */
  private functionDecl(f: number, _frame: Frame): number {
    let j = f + 1;
    if (this.is(j, "*")) j++;
    if (this.isId(j)) j++;
    if (this.is(j, "<")) {
      const e = this.typeParams(j);
      if (e < 0) throw new Unsupported("type parameters");
      this.blank(j, e);
      j = e;
    }
    if (!this.is(j, "(")) throw new Unsupported("function syntax");
    return this.functionRest(j);
  }

  /** From `(` of a parameter list: the params, a return type, and the body. */
  private functionRest(open: number): number {
    const close = (this.toks[open] as Tok).m;
    this.params(open, close);
    let j = close + 1;
    if (this.is(j, ":")) {
      const e = this.type(j + 1);
      if (e < 0) throw new Unsupported("return type");
      this.blank(j, e);
      j = e;
    }
    if (!this.is(j, "{")) throw new Unsupported("function without a body (overload or declaration)");
    // the body is a block whatever the tokenizer guessed from the token before it
    const body = this.toks[j] as Tok;
    body.end = false;
    (this.toks[body.m] as Tok).end = false;
    return j; // the body is scanned as a block by the caller
  }

  private params(open: number, close: number): void {
    this.scan(open + 1, close, { kind: "params", close, decl: false, ternary: 0, paramStart: true, propStart: false });
  }

  /** At the start of a parameter: `...`, binding, `?`, `: Type`. */
  private param(j: number, frame: Frame): number {
    frame.paramStart = false;
    if (this.is(j, "this") && (this.is(j + 1, ":") || this.is(j + 1, ","))) throw new Unsupported("this parameter");
    if (["public", "private", "protected", "readonly", "override"].some((m) => this.is(j, m)) && this.isId(j + 1)) {
      throw new Unsupported("parameter property");
    }
    if (this.is(j, "...")) j++;
    if (this.isId(j)) j++;
    else if (this.is(j, "{") || this.is(j, "[")) j = (this.toks[j] as Tok).m + 1;
    else return j;
    const q = this.is(j, "?");
    if (q && (this.is(j + 1, ":") || this.is(j + 1, ",") || this.is(j + 1, ")") || j + 1 === frame.close)) {
      this.blank(j, j + 1);
      j++;
    }
    if (this.is(j, ":")) {
      const e = this.type(j + 1);
      if (e < 0) throw new Unsupported("parameter type");
      this.blank(j, e);
      j = e;
    }
    return j;
  }

  /** `(` in an expression or statement: an arrow's parameters, or a group/call/header. */
  private paren(i: number, frame: Frame, afterAsync = false): number {
    const t = this.toks[i] as Tok;
    const close = t.m;
    const startsExpr = afterAsync || !this.exprEnd(i - 1);
    if (startsExpr && t.end) {
      const arrow = this.arrowAfter(close);
      if (arrow > 0) {
        if (arrow !== close + 1 && frame.ternary > 0) throw new Unsupported("arrow with a return type inside ?:");
        this.params(i, close);
        this.blank(close + 1, arrow);
        return arrow + 1;
      }
    }
    this.scan(i + 1, close, { kind: "paren", close, decl: false, ternary: 0, paramStart: false, propStart: false });
    return close + 1;
  }

  /** If `)` at `close` ends an arrow's parameters: the index of `=>` (after any return type), else -1. */
  private arrowAfter(close: number): number {
    if (this.is(close + 1, "=>")) return (this.toks[close + 1] as Tok).nl ? -1 : close + 1;
    if (this.is(close + 1, ":")) {
      const e = this.type(close + 2);
      if (e > 0 && this.is(e, "=>") && !(this.toks[e] as Tok).nl) return e;
    }
    return -1;
  }

  /** At a property start in an object literal: a method `name(…) {`, with `async`/`get`/`set`/`*`. */
  private objectMethod(i: number): number {
    let j = i;
    while ((this.is(j, "async") || this.is(j, "get") || this.is(j, "set") || this.is(j, "*")) && !this.is(j + 1, ":") && !this.is(j + 1, "(") && !this.is(j + 1, ",") && !this.is(j + 1, "}")) j++;
    const name = this.tok(j);
    if (!name) return i;
    if (name.k === "id" || name.k === "str" || name.k === "num") j++;
    else if (this.is(j, "[") && this.is(name.m + 1, "(")) {
      // computed method name
      this.scan(j + 1, name.m, { kind: "other", close: name.m, decl: false, ternary: 0, paramStart: false, propStart: false });
      j = name.m + 1;
    } else return i;
    if (this.is(j, "<")) {
      const e = this.typeParams(j);
      if (e < 0 || !this.is(e, "(")) throw new Unsupported("generic method");
      this.blank(j, e);
      j = e;
    }
    if (!this.is(j, "(")) return i;
    return this.functionRest(j);
  }

  // --- types -----------------------------------------------------------------

  /** `<T, U extends X = Y>`: returns the index after `>`, or -1. */
  private typeParams(j: number): number {
    j++;
    for (;;) {
      if (this.is(j, "const") || this.is(j, "in") || this.is(j, "out")) j++;
      if (!this.isId(j)) return -1;
      j++;
      if (this.is(j, "extends")) {
        j = this.type(j + 1);
        if (j < 0) return -1;
      }
      if (this.is(j, "=")) {
        j = this.type(j + 1);
        if (j < 0) return -1;
      }
      if (this.is(j, ",")) {
        j++;
        if (this.is(j, ">")) return j + 1;
        continue;
      }
      return this.is(j, ">") ? j + 1 : -1;
    }
  }

  /** `<A, B>` type arguments: the index after `>`, or -1. */
  private typeArgs(j: number): number {
    j++;
    for (;;) {
      j = this.type(j);
      if (j < 0) return -1;
      if (this.is(j, ",")) {
        j++;
        continue;
      }
      return this.is(j, ">") ? j + 1 : -1;
    }
  }

  /** A type starting at `j`: the index after it, or -1. */
  private type(j: number, allowConst = false, noConditional = false): number {
    if (this.is(j, "<")) {
      // generic function type
      j = this.typeParams(j);
      if (j < 0 || !this.is(j, "(")) return -1;
    }
    if (this.is(j, "new") || (this.is(j, "abstract") && this.is(j + 1, "new"))) {
      j += this.is(j, "new") ? 1 : 2;
      if (this.is(j, "<")) j = this.typeParams(j);
      if (j < 0 || !this.is(j, "(")) return -1;
    }
    if (this.is(j, "(")) {
      const close = (this.toks[j] as Tok).m;
      if (this.is(close + 1, "=>")) return this.type(close + 2);
    }
    if (this.is(j, "|") || this.is(j, "&")) j++;
    for (;;) {
      j = this.operand(j, allowConst);
      if (j < 0) return -1;
      while (this.is(j, "[") && !(this.toks[j] as Tok).nl) j = (this.toks[j] as Tok).m + 1;
      if (this.is(j, "|") || this.is(j, "&")) {
        j++;
        continue;
      }
      break;
    }
    if (!noConditional && this.is(j, "extends") && !(this.toks[j] as Tok).nl) {
      j = this.type(j + 1, false, true);
      if (j < 0 || !this.is(j, "?")) return -1;
      j = this.type(j + 1);
      if (j < 0 || !this.is(j, ":")) return -1;
      return this.type(j + 1);
    }
    return j;
  }

  private operand(j: number, allowConst: boolean): number {
    const t = this.tok(j);
    if (!t) return -1;
    if (t.k === "id") {
      switch (t.v) {
        case "keyof":
        case "unique":
        case "readonly":
          return this.operand(j + 1, false);
        case "infer":
          if (!this.isId(j + 1)) return -1;
          j += 2;
          if (this.is(j, "extends") && !this.is(j + 2, "?")) {
            const e = this.type(j + 1, false, true);
            if (e > 0 && !this.is(e, "?")) return e;
          }
          return j;
        case "typeof":
          // `typeof import("x").y`: the import type below
          if (this.is(j + 1, "import") && this.is(j + 2, "(")) return this.operand(j + 1, false);
          j = this.entity(j + 1);
          if (j > 0 && this.is(j, "<")) j = this.typeArgs(j);
          return j;
        case "asserts":
          if (this.isId(j + 1) && !this.is(j + 1, "is")) {
            j += 2;
            if (this.is(j, "is")) return this.type(j + 1);
            return j;
          }
          break;
        case "import":
          if (this.is(j + 1, "(")) {
            j = (this.toks[j + 1] as Tok).m + 1;
            while (this.is(j, ".") && this.isId(j + 1)) j += 2;
            if (this.is(j, "<")) j = this.typeArgs(j);
            return j;
          }
          return -1;
        case "const":
          return allowConst ? j + 1 : -1;
        case "function":
        case "class":
        case "return":
        case "new":
        case "if":
        case "else":
        case "for":
        case "while":
        case "do":
        case "switch":
        case "case":
        case "var":
        case "let":
        case "export":
        case "extends":
        case "in":
        case "instanceof":
        case "delete":
        case "throw":
        case "try":
        case "catch":
        case "finally":
        case "await":
        case "yield":
          return -1;
      }
      j = this.entity(j);
      if (j < 0) return -1;
      if (this.is(j, "<") && !(this.toks[j] as Tok).nl) {
        j = this.typeArgs(j);
        if (j < 0) return -1;
      }
      if (this.is(j, "is") && !(this.toks[j] as Tok).nl) return this.type(j + 1);
      return j;
    }
    if (t.k === "str" || t.k === "num" || t.k === "tpl") return j + 1;
    if (t.k === "tplHead") {
      // template literal type: `a${T}b`
      let k = j;
      for (;;) {
        const tk = this.toks[k] as Tok;
        if (tk.k === "tplTail") return k + 1;
        const inner = this.type(k + 1);
        if (inner !== tk.m) return -1;
        k = tk.m;
      }
    }
    if (t.k === "p") {
      if (t.v === "-" && this.tok(j + 1)?.k === "num") return j + 2;
      if (t.v === "(" || t.v === "[" || t.v === "{") return t.m + 1;
    }
    return -1;
  }

  /** `a.b.c` */
  private entity(j: number): number {
    if (!this.isId(j)) return -1;
    j++;
    while (this.is(j, ".") && this.isId(j + 1)) j += 2;
    return j;
  }
}

/**
 * A normal form of MySQL/MariaDB expressions (CHECK conditions, defaults,
 * generation and index expressions) so that what a model says and what the
 * server prints back compare equal. The servers print them differently:
 * MariaDB keeps the author's grouping (`` `i` > 0 and `s` <> 'x' ``), MySQL 8
 * parenthesises every operation and prefixes string literals with their
 * character set (`` ((`i` > 0) and (`s` <> _utf8mb4'x')) ``). The text is
 * parsed (operator precedence as in the MySQL manual) and printed back with
 * one pair of parentheses around every operation, names unquoted and
 * lower-cased (column names are case-insensitive), keywords lower-cased,
 * string literals re-quoted, synonyms merged (`!=` is `<>`, `&&` is `and`,
 * `now()` is `current_timestamp`). Text it cannot parse gives null.
 */

import { unescapeChar } from "./string-escape.js";

type TokKind = "str" | "num" | "ident" | "qident" | "op" | "lp" | "rp" | "comma" | "dot" | "hex";
interface Tok {
  readonly kind: TokKind;
  readonly text: string;
}

const OPS = ["<=>", "<<", ">>", "<=", ">=", "<>", "!=", "&&", "||", ":=", "=", "<", ">", "+", "-", "*", "/", "%", "^", "&", "|", "~", "!"];

/** Splits an expression into tokens; comments are dropped. Null on text it cannot scan. */
export function tokenize(sql: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ((ch === "-" && sql[i + 1] === "-" && /\s/.test(sql[i + 2] ?? " ")) || ch === "#") {
      while (i < n && sql[i] !== "\n") i++;
      continue;
    }
    if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      if (end < 0) return null;
      i = end + 2;
      continue;
    }
    // A character-set introducer (`_utf8mb4'x'`) is dropped: the literal is the same text.
    const intro = /^_[a-z0-9]+(?=')/i.exec(sql.slice(i));
    if (intro) {
      i += intro[0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= n) return null;
        const c = sql[j]!;
        if (c === "\\" && j + 1 < n) {
          text += unescapeChar(sql[j + 1]!);
          j += 2;
          continue;
        }
        if (c === ch) {
          if (sql[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += c;
        j++;
      }
      out.push({ kind: "str", text });
      i = j + 1;
      continue;
    }
    if (ch === "`") {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= n) return null;
        if (sql[j] === "`") {
          if (sql[j + 1] === "`") {
            text += "`";
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      out.push({ kind: "qident", text });
      i = j + 1;
      continue;
    }
    const hex = /^(?:x'([0-9a-f]*)'|0x([0-9a-f]+))/i.exec(sql.slice(i));
    if (hex) {
      out.push({ kind: "hex", text: (hex[1] ?? hex[2] ?? "").toLowerCase() });
      i += hex[0].length;
      continue;
    }
    const num = /^(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)/i.exec(sql.slice(i));
    if (num) {
      out.push({ kind: "num", text: num[0].toLowerCase() });
      i += num[0].length;
      continue;
    }
    const word = /^[a-z_$][a-z0-9_$]*/i.exec(sql.slice(i));
    if (word) {
      out.push({ kind: "ident", text: word[0] });
      i += word[0].length;
      continue;
    }
    if (ch === "(") out.push({ kind: "lp", text: ch });
    else if (ch === ")") out.push({ kind: "rp", text: ch });
    else if (ch === ",") out.push({ kind: "comma", text: ch });
    else if (ch === ".") out.push({ kind: "dot", text: ch });
    else {
      const op = OPS.find((o) => sql.startsWith(o, i));
      if (!op) return null;
      out.push({ kind: "op", text: op });
      i += op.length;
      continue;
    }
    i++;
  }
  return out;
}

/* ---------- parser ---------- */

type Node =
  | { t: "lit"; v: string }
  | { t: "name"; v: string }
  | { t: "call"; f: string; args: Node[]; star?: boolean; distinct?: boolean }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "is"; a: Node; not: boolean; what: string }
  | { t: "in"; a: Node; not: boolean; list: Node[] }
  | { t: "between"; a: Node; not: boolean; lo: Node; hi: Node }
  | { t: "like"; op: string; a: Node; not: boolean; b: Node; esc?: Node }
  | { t: "case"; subject: Node | null; whens: Array<[Node, Node]>; else: Node | null }
  | { t: "cast"; a: Node; type: string }
  | { t: "interval"; a: Node; unit: string }
  | { t: "collate"; a: Node; c: string }
  | { t: "row"; items: Node[] };

class Parser {
  i = 0;
  constructor(
    readonly toks: readonly Tok[],
    readonly qualifiers: ReadonlySet<string>,
  ) {}
  peek(k = 0): Tok | undefined {
    return this.toks[this.i + k];
  }
  word(k = 0): string | null {
    const t = this.peek(k);
    return t?.kind === "ident" ? t.text.toLowerCase() : null;
  }
  eatWord(w: string): boolean {
    if (this.word() === w) {
      this.i++;
      return true;
    }
    return false;
  }
  eatOp(o: string): boolean {
    const t = this.peek();
    if (t?.kind === "op" && t.text === o) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(kind: TokKind): Tok {
    const t = this.peek();
    if (!t || t.kind !== kind) throw new Error("parse");
    this.i++;
    return t;
  }
  expectWord(w: string): void {
    if (!this.eatWord(w)) throw new Error("parse");
  }

  // Precedence, lowest first: OR ||, XOR, AND &&, NOT, comparison/IS/LIKE/IN/BETWEEN, |, &, << >>, + -, * / div % mod, ^, unary, COLLATE
  expr(): Node {
    return this.or();
  }
  or(): Node {
    let a = this.xor();
    for (;;) {
      if (this.eatWord("or") || this.eatOp("||")) a = { t: "bin", op: "or", a, b: this.xor() };
      else return a;
    }
  }
  xor(): Node {
    let a = this.and();
    while (this.eatWord("xor")) a = { t: "bin", op: "xor", a, b: this.and() };
    return a;
  }
  and(): Node {
    let a = this.not();
    for (;;) {
      if (this.eatWord("and") || this.eatOp("&&")) a = { t: "bin", op: "and", a, b: this.not() };
      else return a;
    }
  }
  not(): Node {
    if (this.eatWord("not")) return { t: "un", op: "not", a: this.not() };
    return this.comparison();
  }
  comparison(): Node {
    let a = this.bitor();
    for (;;) {
      const t = this.peek();
      if (t?.kind === "op" && ["=", "<=>", ">=", ">", "<=", "<", "<>", "!="].includes(t.text)) {
        this.i++;
        a = { t: "bin", op: t.text === "!=" ? "<>" : t.text, a, b: this.bitor() };
        continue;
      }
      if (this.eatWord("is")) {
        const not = this.eatWord("not");
        const w = this.word();
        if (w !== "null" && w !== "true" && w !== "false" && w !== "unknown") throw new Error("parse");
        this.i++;
        a = { t: "is", a, not, what: w };
        continue;
      }
      const save = this.i;
      const not = this.eatWord("not");
      if (this.eatWord("in")) {
        this.expect("lp");
        const list = [this.expr()];
        while (this.peek()?.kind === "comma") {
          this.i++;
          list.push(this.expr());
        }
        this.expect("rp");
        a = { t: "in", a, not, list };
        continue;
      }
      if (this.eatWord("between")) {
        const lo = this.bitor();
        this.expectWord("and");
        const hi = this.bitor();
        a = { t: "between", a, not, lo, hi };
        continue;
      }
      const w = this.word();
      if (w === "like" || w === "regexp" || w === "rlike") {
        this.i++;
        const b = this.bitor();
        const esc = this.eatWord("escape") ? this.bitor() : undefined;
        a = { t: "like", op: w === "rlike" ? "regexp" : w, a, not, b, ...(esc ? { esc } : {}) };
        continue;
      }
      this.i = save;
      return a;
    }
  }
  binLevel(next: () => Node, ops: readonly string[], words: readonly string[] = []): Node {
    let a = next();
    for (;;) {
      const t = this.peek();
      if (t?.kind === "op" && ops.includes(t.text)) {
        this.i++;
        a = { t: "bin", op: t.text, a, b: next() };
        continue;
      }
      const w = this.word();
      if (w !== null && words.includes(w)) {
        this.i++;
        a = { t: "bin", op: w === "mod" ? "%" : w, a, b: next() };
        continue;
      }
      return a;
    }
  }
  bitor(): Node {
    return this.binLevel(() => this.bitand(), ["|"]);
  }
  bitand(): Node {
    return this.binLevel(() => this.shift(), ["&"]);
  }
  shift(): Node {
    return this.binLevel(() => this.add(), ["<<", ">>"]);
  }
  add(): Node {
    return this.binLevel(() => this.mul(), ["+", "-"]);
  }
  mul(): Node {
    return this.binLevel(() => this.xorbit(), ["*", "/", "%"], ["div", "mod"]);
  }
  xorbit(): Node {
    return this.binLevel(() => this.unary(), ["^"]);
  }
  unary(): Node {
    if (this.eatOp("-")) {
      const a = this.unary();
      if (a.t === "lit" && /^[0-9.]/.test(a.v)) return { t: "lit", v: `-${a.v}` };
      return { t: "un", op: "-", a };
    }
    if (this.eatOp("+")) return this.unary();
    if (this.eatOp("~")) return { t: "un", op: "~", a: this.unary() };
    if (this.eatOp("!")) return { t: "un", op: "not", a: this.unary() };
    if (this.eatWord("binary")) return { t: "un", op: "binary", a: this.unary() };
    let a = this.primary();
    while (this.eatWord("collate")) {
      const c = this.peek();
      if (!c || (c.kind !== "ident" && c.kind !== "qident" && c.kind !== "str")) throw new Error("parse");
      this.i++;
      a = { t: "collate", a, c: c.text.toLowerCase() };
    }
    return a;
  }
  primary(): Node {
    const t = this.peek();
    if (!t) throw new Error("parse");
    if (t.kind === "lp") {
      this.i++;
      const first = this.expr();
      if (this.peek()?.kind === "comma") {
        const items = [first];
        while (this.peek()?.kind === "comma") {
          this.i++;
          items.push(this.expr());
        }
        this.expect("rp");
        return { t: "row", items };
      }
      this.expect("rp");
      return first;
    }
    if (t.kind === "str") {
      this.i++;
      // Adjacent literals are one string ('a' 'b').
      let v = t.text;
      while (this.peek()?.kind === "str") v += this.toks[this.i++]!.text;
      return { t: "lit", v: quoteLiteral(v) };
    }
    if (t.kind === "num") {
      this.i++;
      return { t: "lit", v: t.text };
    }
    if (t.kind === "hex") {
      this.i++;
      return { t: "lit", v: `x'${t.text}'` };
    }
    if (t.kind === "qident" || t.kind === "ident") {
      const w = t.kind === "ident" ? t.text.toLowerCase() : null;
      if (w === "case") return this.caseExpr();
      if (w === "interval") {
        this.i++;
        const a = this.bitor();
        const unit = this.word();
        if (unit === null) throw new Error("parse");
        this.i++;
        return { t: "interval", a, unit };
      }
      if (w === "null") {
        this.i++;
        return { t: "lit", v: "null" };
      }
      if (w === "true" || w === "false") {
        this.i++;
        return { t: "lit", v: w === "true" ? "1" : "0" };
      }
      // Niladic functions written without parentheses.
      if (w !== null && NILADIC.has(w) && this.peek(1)?.kind !== "lp") {
        this.i++;
        return { t: "call", f: NILADIC.get(w)!, args: [] };
      }
      this.i++;
      if (this.peek()?.kind === "lp" && t.kind === "ident") return this.call(t.text.toLowerCase());
      const parts = [t.text.toLowerCase()];
      while (this.peek()?.kind === "dot") {
        this.i++;
        const p = this.peek();
        if (!p || (p.kind !== "ident" && p.kind !== "qident")) throw new Error("parse");
        this.i++;
        parts.push(p.text.toLowerCase());
      }
      while (parts.length > 1 && this.qualifiers.has(parts[0]!)) parts.shift();
      return { t: "name", v: parts.join(".") };
    }
    throw new Error("parse");
  }
  call(name: string): Node {
    const f = SYNONYMS.get(name) ?? name;
    this.expect("lp");
    if (f === "cast" || f === "convert") {
      const a = this.expr();
      if (f === "cast" ? !this.eatWord("as") : this.peek()?.kind !== "comma" && !this.eatWord("using")) throw new Error("parse");
      if (this.peek()?.kind === "comma") this.i++;
      const typeToks: string[] = [];
      let depth = 0;
      while (this.peek() && (depth > 0 || this.peek()!.kind !== "rp")) {
        const x = this.toks[this.i++]!;
        if (x.kind === "lp") depth++;
        if (x.kind === "rp") depth--;
        typeToks.push(x.text.toLowerCase());
      }
      this.expect("rp");
      return { t: "cast", a, type: typeToks.join(" ").replace(/ \( /g, "(").replace(/ \)/g, ")").replace(/ , /g, ",") };
    }
    if (this.peek()?.kind === "rp") {
      this.i++;
      const alias = NILADIC.get(f);
      return { t: "call", f: alias ?? f, args: [] };
    }
    if (this.peek()?.kind === "op" && this.peek()!.text === "*") {
      this.i++;
      this.expect("rp");
      return { t: "call", f, args: [], star: true };
    }
    const distinct = this.eatWord("distinct");
    const args = [this.expr()];
    while (this.peek()?.kind === "comma") {
      this.i++;
      args.push(this.expr());
    }
    this.expect("rp");
    // now(3) and current_timestamp(3) are one function.
    const alias = NILADIC.get(f);
    return { t: "call", f: alias ?? f, args, ...(distinct ? { distinct } : {}) };
  }
  caseExpr(): Node {
    this.i++;
    const subject = this.word() === "when" ? null : this.expr();
    const whens: Array<[Node, Node]> = [];
    while (this.eatWord("when")) {
      const w = this.expr();
      this.expectWord("then");
      whens.push([w, this.expr()]);
    }
    const els = this.eatWord("else") ? this.expr() : null;
    this.expectWord("end");
    return { t: "case", subject, whens, else: els };
  }
}

/** Functions with a niladic form, by their synonyms. */
/**
 * Functions MariaDB stores under another of their names (a generated column's `lower(name)` is printed back as
 * `` lcase(`name`) ``, a CHECK's `substring(...)` as `substr(...)`; MySQL 8 keeps the name written): one name for
 * each, so the model's spelling and the server's compare equal.
 */
const SYNONYMS = new Map<string, string>([
  ["lcase", "lower"],
  ["ucase", "upper"],
  ["substr", "substring"],
  ["mid", "substring"],
  ["character_length", "char_length"],
  ["octet_length", "length"],
  ["power", "pow"],
  ["ceil", "ceiling"],
  ["day", "dayofmonth"],
  ["nvl", "ifnull"],
  ["sha1", "sha"],
]);

const NILADIC = new Map<string, string>([
  ["current_timestamp", "current_timestamp"],
  ["now", "current_timestamp"],
  ["localtime", "current_timestamp"],
  ["localtimestamp", "current_timestamp"],
  ["current_date", "curdate"],
  ["curdate", "curdate"],
  ["current_time", "curtime"],
  ["curtime", "curtime"],
  ["current_user", "current_user"],
  ["utc_timestamp", "utc_timestamp"],
  ["utc_date", "utc_date"],
  ["utc_time", "utc_time"],
]);

function quoteLiteral(v: string): string {
  return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

function print(n: Node): string {
  switch (n.t) {
    case "lit":
    case "name":
      return n.v;
    case "call":
      return `${n.f}(${n.distinct ? "distinct " : ""}${n.star ? "*" : n.args.map(print).join(",")})`;
    case "un":
      return `(${n.op} ${print(n.a)})`;
    case "bin":
      return `(${print(n.a)} ${n.op} ${print(n.b)})`;
    case "is":
      return `(${print(n.a)} is ${n.not ? "not " : ""}${n.what})`;
    case "in":
      return `(${print(n.a)} ${n.not ? "not " : ""}in (${n.list.map(print).join(",")}))`;
    case "between":
      return `(${print(n.a)} ${n.not ? "not " : ""}between ${print(n.lo)} and ${print(n.hi)})`;
    case "like":
      return `(${print(n.a)} ${n.not ? "not " : ""}${n.op} ${print(n.b)}${n.esc ? ` escape ${print(n.esc)}` : ""})`;
    case "case":
      return `(case${n.subject ? ` ${print(n.subject)}` : ""}${n.whens.map(([w, t]) => ` when ${print(w)} then ${print(t)}`).join("")}${n.else ? ` else ${print(n.else)}` : ""} end)`;
    case "cast":
      return `cast(${print(n.a)} as ${n.type})`;
    case "interval":
      return `interval ${print(n.a)} ${n.unit}`;
    case "collate":
      return `(${print(n.a)} collate ${n.c})`;
    case "row":
      return `(${n.items.map(print).join(",")})`;
  }
}

export interface ExpressionOptions {
  readonly qualifiers?: readonly string[];
}

/** The normal form of an expression, or null for text it cannot read. */
export function normaliseExpression(sql: string, options: ExpressionOptions = {}): string | null {
  const toks = tokenize(sql);
  if (toks === null || toks.length === 0) return null;
  const p = new Parser(toks, new Set((options.qualifiers ?? []).map((q) => q.toLowerCase())));
  try {
    const node = p.expr();
    if (p.i !== toks.length) return null;
    return print(node);
  } catch {
    return null;
  }
}

/** Equal normal forms; text that cannot be parsed is compared token by token. */
export function sameExpression(a: string, b: string, options: ExpressionOptions = {}): boolean {
  const na = normaliseExpression(a, options);
  const nb = normaliseExpression(b, options);
  if (na !== null && nb !== null) return na === nb;
  const ta = tokenize(a);
  const tb = tokenize(b);
  if (ta === null || tb === null) return a.trim() === b.trim();
  const flat = (ts: Tok[]) => ts.map((t) => (t.kind === "ident" || t.kind === "qident" ? t.text.toLowerCase() : t.kind === "str" ? quoteLiteral(t.text) : t.text)).join(" ");
  return flat(ta) === flat(tb);
}

/** The column names an expression uses (lower-cased), in order of first use. */
export function identifiersIn(sql: string): string[] {
  const toks = tokenize(sql) ?? [];
  const out: string[] = [];
  toks.forEach((t, i) => {
    if (t.kind !== "ident" && t.kind !== "qident") return;
    if (toks[i + 1]?.kind === "lp" && t.kind === "ident") return;
    const w = t.text.toLowerCase();
    if (t.kind === "ident" && KEYWORDS.has(w)) return;
    if (!out.includes(w)) out.push(w);
  });
  return out;
}

const KEYWORDS = new Set([
  "and", "or", "not", "xor", "is", "null", "true", "false", "in", "between", "like", "regexp", "rlike", "escape", "case",
  "when", "then", "else", "end", "div", "mod", "collate", "interval", "binary", "unknown", "as", "current_timestamp",
  "localtime", "localtimestamp", "current_date", "current_time", "current_user", "distinct",
]);

/**
 * Placeholders in MySQL statements. Athanor's statements (and `op.execute`)
 * number their values `$1`, `$2`, …; mysql2 takes `?` in order. Both
 * rewrites skip what MySQL does not read as SQL: quoted strings (with
 * backslash escapes and doubled quotes), backticked names, comments.
 */
import { AthanorError } from "../../errors.js";

type Piece = { readonly kind: "code" | "skip"; readonly text: string };

/** Splits SQL into code and the parts placeholders never appear in. */
function pieces(sql: string): Piece[] {
  const out: Piece[] = [];
  let code = "";
  let i = 0;
  const flush = () => {
    if (code) out.push({ kind: "code", text: code });
    code = "";
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    let end = -1;
    if (c === "'" || c === '"' || c === "`") {
      end = i + 1;
      while (end < sql.length) {
        const d = sql[end];
        if (d === "\\" && c !== "`") end += 2;
        else if (d === c && sql[end + 1] === c) end += 2;
        else if (d === c) {
          end++;
          break;
        } else end++;
      }
    } else if (c === "#" || (c === "-" && sql[i + 1] === "-" && /[\s]/.test(sql[i + 2] ?? " "))) {
      end = sql.indexOf("\n", i);
      if (end < 0) end = sql.length;
    } else if (c === "/" && sql[i + 1] === "*") {
      end = sql.indexOf("*/", i + 2);
      end = end < 0 ? sql.length : end + 2;
    }
    if (end < 0) {
      code += c;
      i++;
      continue;
    }
    flush();
    out.push({ kind: "skip", text: sql.slice(i, Math.min(end, sql.length)) });
    i = Math.min(end, sql.length);
  }
  flush();
  return out;
}

/**
 * `$n` placeholders (numbered, reusable) to `?` with the values in the order
 * they are used. `$n` counts only where a name can't continue (`a$1` is a name).
 */
export function numberedToPositional(sql: string, params: readonly unknown[]): { sql: string; params: unknown[] } {
  const ordered: unknown[] = [];
  let out = "";
  for (const p of pieces(sql)) {
    if (p.kind === "skip") {
      out += p.text;
      continue;
    }
    out += p.text.replace(/(^|[^\w$])\$(\d+)/g, (_m, before: string, digits: string) => {
      const n = Number(digits);
      if (n < 1 || n > params.length)
        throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses $${digits} but has ${params.length} parameter(s)`);
      ordered.push(params[n - 1]);
      return `${before}?`;
    });
  }
  return { sql: out, params: ordered };
}

/** `?` placeholders replaced, in order, by `render(value)` (offline scripts). */
export function inlinePositional(sql: string, params: readonly unknown[], render: (value: unknown) => string): string {
  let next = 0;
  let out = "";
  for (const p of pieces(sql)) {
    if (p.kind === "skip") {
      out += p.text;
      continue;
    }
    out += p.text.replace(/\?/g, () => {
      if (next >= params.length)
        throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement has more ? placeholders than its ${params.length} parameter(s)`);
      const literal = render(params[next++]);
      return literal.startsWith("-") ? `(${literal})` : literal;
    });
  }
  if (next !== params.length)
    throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement has ${next} ? placeholder(s) but ${params.length} parameter(s)`);
  return out;
}

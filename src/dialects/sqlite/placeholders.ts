/**
 * Placeholders in SQLite statements. `op.execute(sql, params)` and
 * `op.query(sql, params)` number their values `$1`, `$2`, … on every
 * dialect; SQLite reads `$1` as a parameter *named* "$1", which
 * better-sqlite3 won't bind from a list. They become `?`, with the values in
 * the order they are used (a `$n` used twice binds its value twice). SQL
 * written with SQLite's own `?` is left as it is. Both rewrites skip what
 * SQLite does not read as SQL: '…' strings, "…", […] and `…` names, comments.
 */
import { AthanorError } from "../../errors.js";

type Piece = { readonly kind: "code" | "skip"; readonly text: string };

/** Splits SQL into code and the parts placeholders never appear in. */
export function sqlPieces(sql: string): Piece[] {
  const out: Piece[] = [];
  let code = "";
  let i = 0;
  const skip = (end: number) => {
    if (code) out.push({ kind: "code", text: code });
    code = "";
    const stop = Math.min(end, sql.length);
    out.push({ kind: "skip", text: sql.slice(i, stop) });
    i = stop;
  };
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      for (;;) {
        const k = sql.indexOf(c, j);
        if (k < 0) {
          j = sql.length;
          break;
        }
        if (sql[k + 1] === c) {
          j = k + 2;
          continue;
        }
        j = k + 1;
        break;
      }
      skip(j);
    } else if (c === "[") {
      const k = sql.indexOf("]", i + 1);
      skip(k < 0 ? sql.length : k + 1);
    } else if (c === "-" && sql[i + 1] === "-") {
      const k = sql.indexOf("\n", i);
      skip(k < 0 ? sql.length : k);
    } else if (c === "/" && sql[i + 1] === "*") {
      const k = sql.indexOf("*/", i + 2);
      skip(k < 0 ? sql.length : k + 2);
    } else {
      code += c;
      i++;
    }
  }
  if (code) out.push({ kind: "code", text: code });
  return out;
}

const NUMBERED = /(^|[^\w$])\$(\d+)(?![\w$])/g;

/**
 * `$n` placeholders to `?` with the values in the order they are used; SQL
 * without `$n` (SQLite's own `?`) unchanged. `$n` counts only where a name
 * can't continue (`a$1` is a name).
 */
export function numberedToPositional(sql: string, params: readonly unknown[]): { sql: string; params: readonly unknown[] } {
  if (!sql.includes("$")) return { sql, params };
  const ordered: unknown[] = [];
  let numbered = false;
  let anonymous = false;
  let out = "";
  for (const p of sqlPieces(sql)) {
    if (p.kind === "skip") {
      out += p.text;
      continue;
    }
    if (p.text.includes("?")) anonymous = true;
    out += p.text.replace(NUMBERED, (_m, before: string, digits: string) => {
      const n = Number(digits);
      if (n < 1 || n > params.length)
        throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses $${digits} but has ${params.length} parameter(s)`);
      numbered = true;
      ordered.push(params[n - 1]);
      return `${before}?`;
    });
  }
  if (!numbered) return { sql, params };
  if (anonymous)
    throw new AthanorError("DIALECT.MISSING_PARAMETER", "statement mixes $n and ? placeholders: number every value ($1, $2, …)");
  return { sql: out, params: ordered };
}

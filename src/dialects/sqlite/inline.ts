/**
 * A statement with its `?` placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside string literals, quoted identifiers
 * and comments are left alone.
 */
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { renderLiteral } from "./literal.js";

export function inline(stmt: SqlStatement): string {
  const params = stmt.params ?? [];
  if (params.length === 0) return stmt.sql;
  const sql = stmt.sql;
  let out = "";
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"' || c === "`" || c === "[") {
      const close = c === "[" ? "]" : c;
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === close) {
          if (close !== "]" && sql[j + 1] === close) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      out += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === "?") {
      let j = i + 1;
      while (j < sql.length && /[0-9]/.test(sql[j] as string)) j++;
      const n = j > i + 1 ? Number(sql.slice(i + 1, j)) : ++next;
      if (j > i + 1) next = Math.max(next, n);
      if (n < 1 || n > params.length)
        throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses parameter ${n} but has ${params.length} parameter(s)`);
      const literal = renderLiteral(params[n - 1]);
      out += literal.startsWith("-") ? `(${literal})` : literal;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

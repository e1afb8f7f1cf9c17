/**
 * A statement with its `?` (or `$n`) placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside string literals, quoted identifiers
 * and comments are left alone.
 */
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { renderLiteral } from "./literal.js";
import { numberedToPositional, sqlPieces } from "./placeholders.js";

export function inline(stmt: SqlStatement): string {
  if (!stmt.params || stmt.params.length === 0) return stmt.sql;
  const { sql, params } = numberedToPositional(stmt.sql, stmt.params);
  let out = "";
  let next = 0;
  for (const piece of sqlPieces(sql)) {
    if (piece.kind === "skip") {
      out += piece.text;
      continue;
    }
    out += piece.text.replace(/\?(\d*)/g, (_m, digits: string) => {
      const n = digits ? Number(digits) : ++next;
      if (digits) next = Math.max(next, n);
      if (n < 1 || n > params.length)
        throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses parameter ${n} but has ${params.length} parameter(s)`);
      const literal = renderLiteral(params[n - 1]);
      return literal.startsWith("-") ? `(${literal})` : literal;
    });
  }
  return out;
}

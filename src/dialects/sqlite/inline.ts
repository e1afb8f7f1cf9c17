/**
 * A statement with its `?` placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside string literals, quoted identifiers
 * and comments are left alone.
 */
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { renderLiteral } from "./literal.js";
import { sqlPieces } from "./placeholders.js";

export function inline(stmt: SqlStatement): string {
  const params = stmt.params ?? [];
  if (params.length === 0) return stmt.sql;
  let out = "";
  let next = 0;
  for (const piece of sqlPieces(stmt.sql)) {
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

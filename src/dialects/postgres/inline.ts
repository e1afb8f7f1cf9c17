import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { renderLiteral } from "./literal.js";
import { valuePlaceholders } from "./statement-params.js";

/**
 * A statement with its `$n` placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside literals, identifiers, comments and
 * dollar quotes are left alone, and so is every `$n` of a CREATE FUNCTION /
 * PROCEDURE: there it is the routine's own argument (statement-params.ts).
 */
export function inline(stmt: SqlStatement): string {
  const params = stmt.params ?? [];
  if (params.length === 0) return stmt.sql;
  let out = "";
  let at = 0;
  for (const token of valuePlaceholders(stmt.sql)) {
    const n = Number(token.text.slice(1));
    if (n < 1 || n > params.length)
      throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses ${token.text} but has ${params.length} parameter(s)`);
    const literal = renderLiteral(params[n - 1]);
    // Keep `a-$1` from becoming the comment `a--1`.
    out += stmt.sql.slice(at, token.start) + (literal.startsWith("-") ? `(${literal})` : literal);
    at = token.end;
  }
  return out + stmt.sql.slice(at);
}

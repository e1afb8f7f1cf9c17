import { AthanorError } from "../../errors.js";
import { scanSql } from "./sql-scan.js";
import { renderLiteral } from "./literal.js";
/**
 * A statement with its `$n` placeholders replaced by escaped literals, for
 * offline scripts. Placeholders inside literals, identifiers, comments and
 * dollar quotes are left alone.
 */
export function inline(stmt) {
    const params = stmt.params ?? [];
    if (params.length === 0)
        return stmt.sql;
    let out = "";
    for (const token of scanSql(stmt.sql)) {
        if (token.kind !== "param") {
            out += token.text;
            continue;
        }
        const n = Number(token.text.slice(1));
        if (n < 1 || n > params.length)
            throw new AthanorError("DIALECT.MISSING_PARAMETER", `statement uses ${token.text} but has ${params.length} parameter(s)`);
        const literal = renderLiteral(params[n - 1]);
        // Keep `a-$1` from becoming the comment `a--1`.
        out += literal.startsWith("-") ? `(${literal})` : literal;
    }
    return out;
}

/**
 * The values of `op.execute(sql, values)`: which `$n` in the text are theirs,
 * and, where `sql` holds several statements, which statement takes which.
 *
 * The server prepares one statement at a time ("cannot insert multiple
 * commands into a prepared statement") while an offline script, which
 * inlines the values, ran them all: so online the text is cut where
 * PostgreSQL ends a statement (sql-scan.ts: strings, dollar quotes, comments
 * and BEGIN ATOMIC bodies are not cut), and each statement takes the values
 * its own `$n` name, renumbered from `$1` in order of first use.
 */
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { isRoutineDefinition, type ScannedStatement, type SqlToken, splitSqlStatements } from "./sql-scan.js";

/**
 * The `$n` of a statement that stand for bound values. None in a CREATE
 * FUNCTION / PROCEDURE: there `$n` is the routine's own argument (`SELECT $1
 * + 1` in a BEGIN ATOMIC or RETURN body), and the server binds no values to
 * such a statement anyway (it is a utility statement, not planned).
 */
function valueParams(statement: ScannedStatement): SqlToken[] {
  return isRoutineDefinition(statement.tokens) ? [] : statement.tokens.filter((t) => t.kind === "param");
}

/** The `$n` tokens of `sql` that stand for bound values, in order (offsets into `sql`). */
export function valuePlaceholders(sql: string): SqlToken[] {
  return splitSqlStatements(sql).flatMap(valueParams);
}

export function statementsWithOwnParams(sql: string, params: readonly unknown[]): SqlStatement[] {
  const statements = splitSqlStatements(sql);
  if (statements.length <= 1) {
    const only = statements[0];
    // a lone routine definition takes no values: sent with them, the server answers "bind message supplies 1 parameters"
    return only && isRoutineDefinition(only.tokens) ? [{ sql }] : [{ sql, params: [...params] }];
  }
  return statements.map((statement) => {
    const { text, start } = statement;
    const renumbered = new Map<number, number>();
    const own: unknown[] = [];
    let out = "";
    let at = 0;
    for (const token of valueParams(statement)) {
      const n = Number(token.text.slice(1));
      let m = renumbered.get(n);
      if (m === undefined) {
        m = own.length + 1;
        renumbered.set(n, m);
        if (n < 1 || n > params.length)
          throw new AthanorError("DIALECT.MISSING_PARAMETER", `op.execute() statement uses ${token.text} but ${params.length} value(s) were given: ${text}`);
        own.push(params[n - 1]);
      }
      out += `${text.slice(at, token.start - start)}$${m}`;
      at = token.end - start;
    }
    out += text.slice(at);
    return own.length > 0 ? { sql: out, params: own } : { sql: out };
  });
}

/**
 * `op.execute(sql, values)` where `sql` holds several statements. The server
 * prepares one statement at a time ("cannot insert multiple commands into a
 * prepared statement") while an offline script, which inlines the values, ran
 * them all: so online the text is cut where PostgreSQL ends a statement
 * (sql-scan.ts: strings, dollar quotes, comments and BEGIN ATOMIC bodies are
 * not cut), and each statement takes the values its own `$n` name,
 * renumbered from `$1` in order of first use.
 */
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { scanSql, splitSqlStatements } from "./sql-scan.js";

export function statementsWithOwnParams(sql: string, params: readonly unknown[]): SqlStatement[] {
  const statements = splitSqlStatements(sql);
  if (statements.length <= 1) return [{ sql, params: [...params] }];
  return statements.map(({ text }) => {
    const renumbered = new Map<number, number>();
    const own: unknown[] = [];
    let out = "";
    for (const token of scanSql(text)) {
      if (token.kind !== "param") {
        out += token.text;
        continue;
      }
      const n = Number(token.text.slice(1));
      let m = renumbered.get(n);
      if (m === undefined) {
        m = own.length + 1;
        renumbered.set(n, m);
        if (n < 1 || n > params.length)
          throw new AthanorError("DIALECT.MISSING_PARAMETER", `op.execute() statement uses ${token.text} but ${params.length} value(s) were given: ${text}`);
        own.push(params[n - 1]);
      }
      out += `$${m}`;
    }
    return own.length > 0 ? { sql: out, params: own } : { sql: out };
  });
}

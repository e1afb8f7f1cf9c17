/**
 * A SqlReader for a dialect without a parser package: the dialect's lexer
 * splits the SQL, its tokenizer and grammar read the common DDL shapes
 * (ddl-shapes.ts) into operations, and the rest is what the lexer tells
 * (lexed-subject.ts). Nothing is rejected: SQL that doesn't parse fails when
 * it runs, not here.
 */
import type { SqlLexer } from "../dialects/dialect.js";
import { type DdlGrammar, DdlReader, type SqlToken } from "./ddl-shapes.js";
import { lexedSubject } from "./lexed-subject.js";
import { lexerExpressions } from "./lexer-expressions.js";
import type { LintSubject, ReadStatement, SqlReader } from "./types.js";

export function tokenSqlReader(lexer: SqlLexer, tokenize: (statement: string) => SqlToken[], grammar: DdlGrammar): SqlReader {
  return {
    expressions: lexerExpressions(lexer),
    read(sql) {
      const out: ReadStatement[] = [];
      for (const s of lexer.splitStatements(sql)) {
        const parts = lexer.findTransactionControl(s.text) ? null : new DdlReader(s.text, grammar).read(tokenize(s.text));
        if (!parts) {
          const subject = lexedSubject(s, lexer);
          if (subject) out.push({ subject, offset: s.start });
          continue;
        }
        parts.forEach((p, n) => {
          const subject: LintSubject =
            "op" in p
              ? { kind: "operation", op: p.op, sql: s.text, ...(n > 0 ? { part: n } : {}) }
              : { kind: "statement", sql: s.text, ddl: true, what: p.other, ...(p.table ? { table: p.table } : {}) };
          out.push({ subject, offset: s.start });
        });
      }
      return out;
    },
  };
}

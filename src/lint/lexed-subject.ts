/**
 * What a statement of raw SQL is, as far as the dialect's lexer tells
 * without a parser: transaction control, a session setting (`SET [LOCAL |
 * SESSION] name`), a statement the database won't run in a transaction (the
 * lexer's `findNonTransactionalStatement`), or DDL by its first words.
 * Statements that matter to no rule are null.
 */
import type { LexedStatement, SqlLexer } from "../dialects/dialect.js";
import type { LintSubject } from "./types.js";

export function lexedSubject(s: LexedStatement, lexer: SqlLexer): LintSubject | null {
  const [a = "", b = ""] = s.leadingKeywords;
  const setting = a === "SET" ? (b === "LOCAL" || b === "SESSION" ? s.leadingKeywords[2] : b) : undefined;
  const refused = lexer.findTransactionControl(s.text);
  if (refused) return { kind: "transactionControl", keyword: a, sql: s.text, ...(refused.refusal ? { refusal: refused.refusal } : {}) };
  if (setting) return { kind: "setting", name: setting.toLowerCase(), sql: s.text };
  if (a === "CREATE" || a === "ALTER" || a === "DROP" || a === "TRUNCATE" || a === "RENAME") return { kind: "statement", sql: s.text, ddl: true, what: `${a} ${b}`.trim() };
  const outside = lexer.findNonTransactionalStatement(s.text);
  if (outside) return { kind: "statement", sql: s.text, ddl: false, what: outside.keyword };
  return null;
}

/**
 * Raw SQL of `op.execute` on SQLite, for `athanor lint`: SQLite's own
 * tokens (ddl-tokens.ts: "", ``, [] quoted names, comments) read into the
 * common DDL shapes (src/lint/ddl-shapes.ts). `DROP TABLE x` counts as
 * op.dropTable, `ALTER TABLE t ADD COLUMN c … NOT NULL` as op.addColumn, a
 * `CREATE TABLE` with its foreign keys as op.createTable.
 */
import type { DdlGrammar, SqlToken } from "../../../lint/ddl-shapes.js";
import { tokenSqlReader } from "../../../lint/token-sql-reader.js";
import type { SqlReader } from "../../../lint/types.js";
import { identifierName, significant, tokenizeDdl } from "../ddl-tokens.js";
import { sqliteSqlLexer } from "../sql-lexer.js";

function tokens(statement: string): SqlToken[] {
  return significant(tokenizeDdl(statement)).map((t) => ({
    kind: t.kind === "quoted" ? "name" : t.kind === "blob" ? "string" : t.kind === "word" || t.kind === "string" || t.kind === "number" ? t.kind : "punct",
    text: t.text,
    name: t.kind === "quoted" ? identifierName(t) : t.text,
    start: t.start,
    end: t.end,
  }));
}

const grammar: DdlGrammar = {
  columnType: (text) => ({ kind: "raw", sql: text === "" ? "BLOB" : text }),
  actionLists: false,
};

export const sqliteSqlReader: SqlReader = tokenSqlReader(sqliteSqlLexer, tokens, grammar);

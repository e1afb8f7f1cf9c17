/**
 * What only psql runs, never the server: `COPY ... FROM STDIN` takes its rows
 * from the lines that follow it in psql's input (pg_dump writes them there,
 * ended by `\.`), and a backslash outside a literal, an identifier or a
 * comment starts a psql meta-command (`\restrict`, which pg_dump writes
 * since 17.6/16.10/15.14, `\connect`, `\i`). Sent to the server, the data
 * lines and the backslash are syntax errors that show the start of the text,
 * not the line at fault; so an online op.execute refuses them by name. An
 * offline script is meant for psql, which runs both.
 */
import type { StatementFinding } from "../dialect.js";
import { keywordOf, leadingWords, splitSqlStatements } from "./sql-scan.js";

/** Does the statement read from the client (`COPY ... FROM STDIN`)? */
function copiesFromStdin(words: readonly string[]): boolean {
  return words.some((w, i) => w === "FROM" && words[i + 1] === "STDIN");
}

/** The first psql-only construct in `sql`, or null. `keyword` names it: `COPY ... FROM STDIN` or the meta-command (`\restrict`). */
export function findClientCommand(sql: string): StatementFinding | null {
  for (const stmt of splitSqlStatements(sql)) {
    if (leadingWords(stmt, 1)[0] === "COPY") {
      const words = stmt.tokens.map((t) => (t.kind === "word" ? keywordOf(t.text) : ""));
      if (copiesFromStdin(words)) return { keyword: "COPY ... FROM STDIN", statement: stmt.text, offset: stmt.start };
    }
    // no operator or punctuation of PostgreSQL's SQL holds a backslash: outside literals it is psql's
    const slash = stmt.tokens.find((t) => t.kind === "other" && t.text === "\\");
    if (slash) {
      const name = /^\\[A-Za-z!?;.]*/.exec(sql.slice(slash.start))?.[0] ?? "\\";
      const lineEnd = sql.indexOf("\n", slash.start);
      return { keyword: name, statement: sql.slice(slash.start, lineEnd < 0 ? sql.length : lineEnd).trim(), offset: slash.start };
    }
  }
  return null;
}

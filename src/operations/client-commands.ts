/**
 * SQL that only a command-line client runs (PostgreSQL: `COPY ... FROM STDIN`
 * and its data lines, psql's backslash meta-commands, as pg_dump writes them)
 * is refused by an online `op.execute()`/`op.query()`: the server would answer
 * with a syntax error at the data that shows the start of the text, not the
 * line at fault. Finding it is the dialect's lexer's job
 * (SqlLexer.findClientCommand); this is the refusal. `--sql` keeps it: the
 * script is run by that client.
 */
import type { SqlLexer } from "../dialects/dialect.js";
import { defaultDialect } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";

export function assertNoClientCommand(sql: string, where: string, lexer: SqlLexer = defaultDialect().sqlLexer): void {
  const finding = lexer.findClientCommand?.(sql);
  if (!finding) return;
  const line = sql.slice(0, finding.offset).split("\n").length;
  const meta = finding.keyword.startsWith("\\");
  const what = meta
    ? `the psql meta-command ${finding.keyword} (line ${line}): backslash commands are run by psql, not by the server; remove the line`
    : `${finding.keyword} (line ${line}): its rows are read by psql from the lines that follow, not by the server; insert them with op.bulkInsert()`;
  throw new AthanorError(
    "OPERATION.CLIENT_COMMAND",
    `${where} can't run ${what}, or run the dump with psql (as 'athanor upgrade --sql | psql' does)`,
  );
}

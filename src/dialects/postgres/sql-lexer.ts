/**
 * The PostgreSQL dialect's `sqlLexer`: statements, comments and quoting read
 * as the server reads them (sql-scan.ts: dollar quotes, E'' strings, nested
 * comments, BEGIN ATOMIC bodies), transaction control and the statements
 * that can't run in a transaction (transaction-control.ts), and the
 * operations that can't (needs-no-transaction.ts), and what only psql runs
 * (client-commands.ts).
 */
import type { LexedStatement, SqlLexer } from "../dialect.js";
import { findClientCommand } from "./client-commands.js";
import { noTransactionReason } from "./needs-no-transaction.js";
import { lexedStatements } from "../lexed-statement.js";
import { keywordOf, splitSqlStatements } from "./sql-scan.js";
import { findNonTransactionalStatement, findTransactionControl } from "./transaction-control.js";

function splitStatements(sql: string): LexedStatement[] {
  return lexedStatements(splitSqlStatements(sql), keywordOf);
}

export const postgresSqlLexer: SqlLexer = {
  splitStatements,
  findTransactionControl,
  findNonTransactionalStatement,
  noTransactionReason,
  findClientCommand,
};

/**
 * The MySQL dialect's `sqlLexer`: statements, comments and quoting read as
 * the server (and the mysql client, for DELIMITER) reads them (sql-scan.ts),
 * transaction control and the statements that commit implicitly
 * (transaction-control.ts). MySQL refuses no statement inside a
 * transaction: DDL commits it instead, which the runtime's autocommit step
 * protocol handles, so nothing is "non-transactional" in PostgreSQL's sense.
 */
import type { LexedStatement, SqlLexer } from "../dialect.js";
import type { Operation } from "../../operations/operation.js";
import { lexedStatements } from "../lexed-statement.js";
import { keywordOf, splitSqlStatements } from "./sql-scan.js";
import { commitsImplicitly, findTransactionControl } from "./transaction-control.js";

function splitStatements(sql: string): LexedStatement[] {
  return lexedStatements(splitSqlStatements(sql), keywordOf);
}

export const mysqlSqlLexer: SqlLexer = {
  splitStatements,
  findTransactionControl,
  findNonTransactionalStatement: () => null,
  noTransactionReason: (_op: Operation) => null,
  commitsImplicitly,
};

/**
 * The PostgreSQL dialect's `sqlLexer`: statements, comments and quoting read
 * as the server reads them (sql-scan.ts: dollar quotes, E'' strings, nested
 * comments, BEGIN ATOMIC bodies), transaction control and the statements
 * that can't run in a transaction (transaction-control.ts), and the
 * operations that can't (needs-no-transaction.ts).
 */
import type { SqlLexer } from "../dialect.js";
export declare const postgresSqlLexer: SqlLexer;

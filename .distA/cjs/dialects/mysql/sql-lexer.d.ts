/**
 * The MySQL dialect's `sqlLexer`: statements, comments and quoting read as
 * the server (and the mysql client, for DELIMITER) reads them (sql-scan.ts),
 * transaction control and the statements that commit implicitly
 * (transaction-control.ts). MySQL refuses no statement inside a
 * transaction: DDL commits it instead, which the runtime's autocommit step
 * protocol handles, so nothing is "non-transactional" in PostgreSQL's sense.
 */
import type { SqlLexer } from "../dialect.js";
export declare const mysqlSqlLexer: SqlLexer;

/**
 * MySQL 8 and MariaDB 10.6+: the mysql2 driver (`mysql://`, `mariadb://`),
 * backtick quoting, GET_LOCK, no transactional DDL (the runtime's autocommit
 * step protocol counts each statement; see docs/mysql.md).
 */
import type { Dialect } from "../dialect.js";
export declare const mysqlDialect: Dialect;
export { mysqlCapabilities } from "./capabilities.js";
export { mysqlErrorClassifier } from "./error-classifier.js";
export { mysqlUrls, normalizeMysqlUrl } from "./urls.js";
export { mysqlSqlLexer } from "./sql-lexer.js";
export { mysqlGetLock } from "./get-lock.js";
export { connectionConfig, MYSQL_PROTOCOLS, mysql2Driver } from "./driver-mysql2.js";
export { sessionSettingsSql as mysqlSessionSettingsSql } from "./session-settings.js";
export { logTableName as mysqlLogTableName, mysqlVersionTableSql } from "./version-table-sql.js";

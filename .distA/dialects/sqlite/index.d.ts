import type { Dialect } from "../dialect.js";
export declare const sqliteDialect: Dialect;
export { sqliteCapabilities } from "./capabilities.js";
export { betterSqlite3Driver, openSqliteDatabase } from "./driver-better-sqlite3.js";
export { sqliteErrorClassifier } from "./error-classifier.js";
export { sqliteSqlLexer } from "./sql-lexer.js";
export { lockFileOf, sqliteWriteLock } from "./write-lock.js";
export { normalizeSqliteUrl, parseSqliteUrl, resolveSqlitePaths, sqliteUrls } from "./urls.js";
export { sqliteVersionTableSql } from "./version-table-sql.js";

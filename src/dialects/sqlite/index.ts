import type { Dialect } from "../dialect.js";
import { adoptConnection, describeAdopted } from "./adopt-connection.js";
import { sqliteCapabilities } from "./capabilities.js";
import { betterSqlite3Driver } from "./driver-better-sqlite3.js";
import { sqliteErrorClassifier } from "./error-classifier.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { sqliteEngineVersion, sqliteServerVersion } from "./server-version.js";
import { sqliteSessionSettings } from "./session-settings.js";
import { sqliteSqlLexer } from "./sql-lexer.js";
import { sqliteUrls } from "./urls.js";
import { sqliteUserObjects } from "./user-objects.js";
import { sqliteUserTables } from "./user-tables.js";
import { sqliteVersionTableSql } from "./version-table-sql.js";
import { sqliteWriteLock } from "./write-lock.js";

export const sqliteDialect: Dialect = {
  name: "sqlite",
  capabilities: sqliteCapabilities,
  drivers: [betterSqlite3Driver],
  quoteIdentifier,
  qualify,
  renderer: () => import("./renderer.js").then((m) => m.sqliteRenderer),
  introspector: () => import("./introspect.js").then((m) => m.sqliteIntrospector),
  comparator: () => import("./comparator.js").then((m) => m.sqliteComparator),
  drizzleReader: () => import("./drizzle-table.js").then((m) => m.sqliteDrizzleReader),
  lint: () => import("./lint/index.js").then((m) => m.sqliteLint),
  sessionSettings: sqliteSessionSettings,
  // IMMEDIATE: take the file's write lock at BEGIN, waiting up to busy_timeout, rather than
  // fail at the first write when an application connection started writing meanwhile
  beginTransaction: "BEGIN IMMEDIATE",
  commitTransaction: "COMMIT",
  rollbackTransaction: "ROLLBACK",
  versionTable: sqliteVersionTableSql,
  lock: sqliteWriteLock,
  sqlLexer: sqliteSqlLexer,
  errors: sqliteErrorClassifier,
  urls: sqliteUrls,
  serverVersion: sqliteServerVersion,
  engineVersion: () => sqliteEngineVersion(() => betterSqlite3Driver.connect({ url: "sqlite::memory:" })),
  userTables: (conn) => sqliteUserTables(conn),
  userObjects: (conn) => sqliteUserObjects(conn),
  adoptConnection,
  describeAdopted,
};

export { sqliteCapabilities } from "./capabilities.js";
export { betterSqlite3Driver, openSqliteDatabase } from "./driver-better-sqlite3.js";
export { sqliteErrorClassifier } from "./error-classifier.js";
export { sqliteSqlLexer } from "./sql-lexer.js";
export { lockFileOf, sqliteWriteLock } from "./write-lock.js";
export { normalizeSqliteUrl, parseSqliteUrl, resolveSqlitePaths, sqliteUrls } from "./urls.js";
export { sqliteVersionTableSql } from "./version-table-sql.js";

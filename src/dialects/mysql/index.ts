/**
 * MySQL 8 and MariaDB 10.6+: the mysql2 driver (`mysql://`, `mariadb://`),
 * backtick quoting, GET_LOCK, no transactional DDL (the runtime's autocommit
 * step protocol counts each statement; see docs/mysql.md).
 */
import type { Dialect } from "../dialect.js";
import { adoptConnection, describeAdopted } from "./adopt-connection.js";
import { mysqlCapabilities } from "./capabilities.js";
import { mysql2Driver, Mysql2Session } from "./driver-mysql2.js";
import { mysqlErrorClassifier } from "./error-classifier.js";
import { mysqlGetLock } from "./get-lock.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { parseServerVersion } from "./server-version.js";
import { sessionSettingsSql } from "./session-settings.js";
import { mysqlSqlLexer } from "./sql-lexer.js";
import { mysqlUrls } from "./urls.js";
import { mysqlUserObjects } from "./user-objects.js";
import { mysqlVersionTableSql } from "./version-table-sql.js";

export const mysqlDialect: Dialect = {
  name: "mysql",
  capabilities: mysqlCapabilities,
  drivers: [mysql2Driver],
  quoteIdentifier,
  qualify,
  renderer: (conn) =>
    import("./renderer.js").then((m) =>
      m.createMysqlRenderer({ serverVersion: conn instanceof Mysql2Session ? conn.flavour.version : undefined, sqlLexer: mysqlSqlLexer }),
    ),
  introspector: () => import("./introspect.js").then((m) => m.mysqlIntrospector),
  lint: () => import("./lint/index.js").then((m) => m.mysqlLint),
  comparator: () => import("./comparator.js").then((m) => m.mysqlComparator),
  drizzleReader: () => import("./drizzle-table.js").then((m) => m.mysqlDrizzleReader),
  // the server's flavour names the statement timeout (MariaDB: max_statement_time; MySQL: max_execution_time);
  // without a connection, the settings start an offline script
  sessionSettings: (settings, conn) => sessionSettingsSql(settings, conn instanceof Mysql2Session ? conn.flavour : undefined, conn === undefined),
  beginTransaction: "START TRANSACTION",
  commitTransaction: "COMMIT",
  rollbackTransaction: "ROLLBACK",
  versionTable: mysqlVersionTableSql,
  lock: mysqlGetLock,
  sqlLexer: mysqlSqlLexer,
  errors: mysqlErrorClassifier,
  urls: mysqlUrls,
  /** major * 10000 + minor * 100 + patch (MySQL 8.0.36: 80036; MariaDB 10.11.6: 101106). */
  async serverVersion(conn) {
    if (conn instanceof Mysql2Session) return conn.flavour.version;
    const res = await conn.query<{ v: string }>("SELECT VERSION() AS v");
    return parseServerVersion(String(res.rows[0]?.v ?? "")).version;
  },
  async userTables(conn, schemas) {
    const named = schemas?.filter((s): s is string => s !== null) ?? [];
    const current = !schemas || schemas.includes(null);
    const where = [...(current ? ["table_schema = DATABASE()"] : []), ...named.map(() => "table_schema = ?")];
    if (where.length === 0) return [];
    const res = await conn.query<{ t: string }>(
      `SELECT CONCAT(table_schema, '.', table_name) AS t FROM information_schema.tables WHERE table_type IN ('BASE TABLE', 'SYSTEM VERSIONED') AND (${where.join(" OR ")}) ORDER BY 1`,
      named,
    );
    return res.rows.map((r) => String(r.t));
  },
  userObjects: (conn) => mysqlUserObjects(conn),
  adoptConnection,
  describeAdopted,
};

export { mysqlCapabilities } from "./capabilities.js";
export { mysqlErrorClassifier } from "./error-classifier.js";
export { mysqlUrls, normalizeMysqlUrl } from "./urls.js";
export { mysqlSqlLexer } from "./sql-lexer.js";
export { mysqlGetLock } from "./get-lock.js";
export { connectionConfig, MYSQL_PROTOCOLS, mysql2Driver } from "./driver-mysql2.js";
export { sessionSettingsSql as mysqlSessionSettingsSql } from "./session-settings.js";
export { logTableName as mysqlLogTableName, mysqlVersionTableSql } from "./version-table-sql.js";

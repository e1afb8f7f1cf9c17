import type { Dialect } from "../dialect.js";
import { postgresAdvisoryLock } from "./advisory-lock.js";
import { postgresCapabilities } from "./capabilities.js";
import { pgDriver } from "./driver-pg.js";
import { postgresErrorClassifier } from "./error-classifier.js";
import { pgliteDriver } from "./driver-pglite.js";
import { adoptConnection, describeAdopted } from "./adopt-connection.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { sessionSettingsSql } from "./session-settings.js";
import { postgresSqlLexer } from "./sql-lexer.js";
import { postgresUrls } from "./urls.js";
import { postgresUserObjects } from "./user-objects.js";
import { postgresVersionTableSql } from "./version-table-sql.js";

export const postgresDialect: Dialect = {
  name: "postgresql",
  capabilities: postgresCapabilities,
  drivers: [pgDriver, pgliteDriver],
  quoteIdentifier,
  qualify,
  renderer: () => import("./renderer.js").then((m) => m.postgresRenderer),
  introspector: () => import("./introspect.js").then((m) => m.postgresIntrospector),
  comparator: () => import("./comparator.js").then((m) => m.postgresComparator),
  lint: () => import("./lint/index.js").then((m) => m.postgresLint),
  drizzleReader: () => import("./drizzle-table.js").then((m) => m.postgresDrizzleReader),
  sessionSettings: sessionSettingsSql,
  beginTransaction: "BEGIN",
  commitTransaction: "COMMIT",
  rollbackTransaction: "ROLLBACK",
  versionTable: postgresVersionTableSql,
  lock: postgresAdvisoryLock,
  sqlLexer: postgresSqlLexer,
  errors: postgresErrorClassifier,
  urls: postgresUrls,
  async serverVersion(conn) {
    const res = await conn.query<{ v: string | number }>("SELECT current_setting('server_version_num') AS v");
    return Number(res.rows[0]?.v ?? 0);
  },
  async userTables(conn, schemas) {
    const named = schemas?.filter((s): s is string => s !== null) ?? [];
    const scope = schemas ? "AND (n.nspname = ANY($1::text[]) OR ($2::boolean AND n.nspname = current_schema()))" : "";
    const res = await conn.query<{ t: string }>(
      `SELECT n.nspname || '.' || c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_%' ${scope} ORDER BY 1`,
      schemas ? [named, schemas.includes(null)] : undefined,
    );
    return res.rows.map((r) => r.t);
  },
  userObjects: (conn) => postgresUserObjects(conn),
  async tableExists(conn, name) {
    const res = await conn.query<{ t: string | null }>("SELECT to_regclass($1)::text AS t", [name]);
    return Boolean(res.rows[0]?.t);
  },
  adoptConnection,
  describeAdopted,
};

export { postgresCapabilities } from "./capabilities.js";
export { postgresErrorClassifier } from "./error-classifier.js";
export { postgresUrls } from "./urls.js";
export { postgresSqlLexer } from "./sql-lexer.js";
export { advisoryLockKey, postgresAdvisoryLock, splitLockKey } from "./advisory-lock.js";
export { connectError, normalizePgUrl, PG_PROTOCOLS, pgDriver } from "./driver-pg.js";
export { type PgliteTarget, parsePgliteUrl, pgliteDriver, resolvePglitePaths } from "./driver-pglite.js";
export { quoteString } from "./literal.js";
export { MAX_IDENTIFIER_BYTES, qualify, quoteIdentifier } from "./quote.js";
export { searchPathList, sessionSettingsSql } from "./session-settings.js";
export { logTableName, postgresVersionTableSql } from "./version-table-sql.js";
export { adoptConnection } from "./adopt-connection.js";

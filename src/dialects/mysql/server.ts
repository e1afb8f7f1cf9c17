/**
 * What the renderer knows of the server: its version, as the dialect's
 * `serverVersion` gives it (major * 10000 + minor * 100 + patch: MySQL 8.0.36
 * is 80036, MariaDB 10.11.6 is 101106). MariaDB numbers start at 100000
 * (10.0), above every MySQL release so far; unknown: a modern server.
 */
export interface MysqlServer {
  readonly version?: number | undefined;
}

const MARIADB_FIRST = 100000;

/** MariaDB rather than MySQL, when the version says so (null: unknown). */
export function isMariadb(server: MysqlServer): boolean | null {
  if (server.version === undefined) return null;
  return server.version >= MARIADB_FIRST;
}

/** `ALTER TABLE ... RENAME COLUMN`: MySQL 8.0, MariaDB 10.5.2. */
export function hasRenameColumn(server: MysqlServer): boolean {
  const v = server.version;
  if (v === undefined) return true;
  return v >= MARIADB_FIRST ? v >= 100502 : v >= 80000;
}

/** `IF [NOT] EXISTS` on ADD/DROP COLUMN, CREATE/DROP INDEX, DROP FOREIGN KEY: MariaDB only. */
export function hasAlterIfExists(server: MysqlServer): boolean {
  return isMariadb(server) === true;
}

/**
 * UNIQUE keys on whole TEXT/BLOB columns, no prefix length: MariaDB 10.4+ keeps them as a hash of the value
 * (`UNIQUE KEY ... USING HASH`); MySQL refuses them. Unknown server (an offline script): no.
 */
export function hasLongUniqueKeys(server: MysqlServer): boolean {
  const v = server.version;
  return v !== undefined && v >= 100400;
}

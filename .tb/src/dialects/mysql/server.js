const MARIADB_FIRST = 100000;
/** MariaDB rather than MySQL, when the version says so (null: unknown). */
export function isMariadb(server) {
    if (server.version === undefined)
        return null;
    return server.version >= MARIADB_FIRST;
}
/** `ALTER TABLE ... RENAME COLUMN`: MySQL 8.0, MariaDB 10.5.2. */
export function hasRenameColumn(server) {
    const v = server.version;
    if (v === undefined)
        return true;
    return v >= MARIADB_FIRST ? v >= 100502 : v >= 80000;
}
/** `IF [NOT] EXISTS` on ADD/DROP COLUMN, CREATE/DROP INDEX, DROP FOREIGN KEY: MariaDB only. */
export function hasAlterIfExists(server) {
    return isMariadb(server) === true;
}

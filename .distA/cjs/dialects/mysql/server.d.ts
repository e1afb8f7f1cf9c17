/**
 * What the renderer knows of the server: its version, as the dialect's
 * `serverVersion` gives it (major * 10000 + minor * 100 + patch: MySQL 8.0.36
 * is 80036, MariaDB 10.11.6 is 101106). MariaDB numbers start at 100000
 * (10.0), above every MySQL release so far; unknown: a modern server.
 */
export interface MysqlServer {
    readonly version?: number | undefined;
}
/** MariaDB rather than MySQL, when the version says so (null: unknown). */
export declare function isMariadb(server: MysqlServer): boolean | null;
/** `ALTER TABLE ... RENAME COLUMN`: MySQL 8.0, MariaDB 10.5.2. */
export declare function hasRenameColumn(server: MysqlServer): boolean;
/** `IF [NOT] EXISTS` on ADD/DROP COLUMN, CREATE/DROP INDEX, DROP FOREIGN KEY: MariaDB only. */
export declare function hasAlterIfExists(server: MysqlServer): boolean;
/**
 * UNIQUE keys on whole TEXT/BLOB columns, no prefix length: MariaDB 10.4+ keeps them as a hash of the value
 * (`UNIQUE KEY ... USING HASH`); MySQL refuses them. Unknown server (an offline script): no.
 */
export declare function hasLongUniqueKeys(server: MysqlServer): boolean;

/**
 * The migration lock: `GET_LOCK(name, 0)`, a named lock held by the
 * migration's connection (it goes away with the connection, so a killed
 * process's lock is released by the server). The name comes from the
 * database and the version table, `athanor:<database>.<table>`, hashed when
 * longer than MySQL's 64 characters. `IS_USED_LOCK` tells the holder's
 * connection id.
 *
 * `GET_LOCK` is local to one server: on Galera, Percona XtraDB Cluster or
 * Vitess two nodes can both take it. Set `migrationLock: false` there and
 * run migrations from one place (docs/mysql.md). There is no
 * `SELECT ... FOR UPDATE` fallback.
 */
import type { MigrationLock } from "../dialect.js";
export declare const mysqlGetLock: MigrationLock;

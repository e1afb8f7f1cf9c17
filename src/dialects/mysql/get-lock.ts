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
import type { DatabaseConnection, MigrationLock, VersionTableRef } from "../dialect.js";

/** The key: the version table's database ("" = the session's) and name; the lock's name is built from it in SQL. */
function keyFor(ref: VersionTableRef): string {
  return JSON.stringify([ref.schema ?? null, ref.table]);
}

/** The lock's name as SQL (two values bound): `athanor:<db>.<table>`, or `athanor:` and a SHA-256 prefix when over 64 characters. */
const NAME =
  "(SELECT IF(CHAR_LENGTH(n) > 64, CONCAT('athanor:', LEFT(SHA2(n, 256), 56)), n) FROM (SELECT CONCAT('athanor:', COALESCE(?, DATABASE(), ''), '.', ?) AS n) AS k)";

function params(key: string): unknown[] {
  const [schema, table] = JSON.parse(key) as [string | null, string];
  return [schema, table];
}

export const mysqlGetLock: MigrationLock = {
  keyFor,

  async tryAcquire(conn: DatabaseConnection, key: string): Promise<boolean> {
    const res = await conn.query<{ acquired: number | null }>(`SELECT GET_LOCK(${NAME}, 0) AS acquired`, params(key));
    return Number(res.rows[0]?.acquired) === 1;
  },

  async holder(conn: DatabaseConnection, key: string): Promise<string | null> {
    const res = await conn.query<{ holder: number | string | null }>(`SELECT IS_USED_LOCK(${NAME}) AS holder`, params(key));
    const id = res.rows[0]?.holder;
    return id === undefined || id === null ? null : `held by connection id ${id}`;
  },

  async release(conn: DatabaseConnection, key: string): Promise<void> {
    await conn.query(`SELECT RELEASE_LOCK(${NAME}) AS released`, params(key));
  },
};

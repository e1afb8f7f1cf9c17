/**
 * The migration lock: a session-level advisory lock whose 64-bit key is
 * derived from the version table's schema and name, so two projects sharing
 * a database (with different version tables) do not block each other.
 */
import type { DatabaseConnection, MigrationLock, VersionTableRef } from "../dialect.js";
import { nodeCrypto } from "../../util/node-crypto.js";

/** A stable signed 64-bit key (decimal text) for a version table. Without a schema, `public` is assumed. */
export function advisoryLockKey(ref: VersionTableRef): string {
  const digest = nodeCrypto().createHash("sha256").update(`athanor:${ref.schema || "public"}.${ref.table}`).digest();
  return BigInt.asIntN(64, digest.readBigUInt64BE(0)).toString();
}

/** `pg_locks` shows a bigint key as classid (high 32 bits) and objid (low 32 bits), objsubid 1. */
export function splitLockKey(key: string): { classid: string; objid: string } {
  const unsigned = BigInt.asUintN(64, BigInt(key));
  return { classid: (unsigned >> 32n).toString(), objid: (unsigned & 0xffffffffn).toString() };
}

export const postgresAdvisoryLock: MigrationLock = {
  keyFor: advisoryLockKey,

  async tryAcquire(conn: DatabaseConnection, key: string): Promise<boolean> {
    const res = await conn.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS "acquired"', [key]);
    return res.rows[0]?.acquired === true;
  },

  async holder(conn: DatabaseConnection, key: string): Promise<string | null> {
    const { classid, objid } = splitLockKey(key);
    const res = await conn.query<{ pid: number | string }>(
      "SELECT l.pid FROM pg_catalog.pg_locks l " +
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 " +
        "AND l.classid = $1::oid AND l.objid = $2::oid " +
        "AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) " +
        "ORDER BY l.pid LIMIT 1",
      [classid, objid],
    );
    const pid = res.rows[0]?.pid;
    return pid === undefined || pid === null ? null : String(pid);
  },

  async release(conn: DatabaseConnection, key: string): Promise<void> {
    await conn.query('SELECT pg_advisory_unlock($1::bigint) AS "released"', [key]);
  },
};

/**
 * The migration lock: a session-level advisory lock whose 64-bit key is
 * derived from the version table's schema and name, so two projects sharing
 * a database (with different version tables) do not block each other.
 */
import type { MigrationLock, VersionTableRef } from "../dialect.js";
/** A stable signed 64-bit key (decimal text) for a version table. Without a schema, `public` is assumed. */
export declare function advisoryLockKey(ref: VersionTableRef): string;
/** `pg_locks` shows a bigint key as classid (high 32 bits) and objid (low 32 bits), objsubid 1. */
export declare function splitLockKey(key: string): {
    classid: string;
    objid: string;
};
export declare const postgresAdvisoryLock: MigrationLock;

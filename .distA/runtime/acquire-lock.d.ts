/**
 * Takes the session-level migration lock before anything else (before the
 * version table is even created). Another process holding it makes us wait,
 * saying who holds it; a lock held by a killed process goes with its session.
 */
import type { VersionTableRef } from "../dialects/dialect.js";
import type { Session } from "./open-session.js";
export interface LockOptions {
    /** Give up after this many ms (undefined: wait forever; 0: don't wait). */
    waitTimeoutMs?: number | undefined;
    /** Poll interval (ms). */
    pollMs?: number;
    log?: (line: string) => void;
    signal?: AbortSignal | undefined;
}
export interface HeldLock {
    /** Whether another process held the lock and we waited for it. */
    readonly waited: boolean;
    readonly waitedMs: number;
    release(): Promise<void>;
}
export declare function acquireMigrationLock(session: Session, ref: VersionTableRef, opts?: LockOptions): Promise<HeldLock>;

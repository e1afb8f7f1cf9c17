/**
 * Waits until the database accepts a connection. Retries only what can heal
 * (connection refused, DNS not resolvable yet, "the database system is
 * starting up", too many connections); fails at once on wrong credentials or
 * a database that does not exist, naming the cause with the password masked.
 */
import type { DatabaseErrorKind, Dialect } from "../dialects/dialect.js";
export interface WaitOptions {
    /** Attempts in all (default: DB_MAX_RETRIES or 30). */
    attempts?: number | undefined;
    /** Seconds between attempts (default: DB_RETRY_INTERVAL or 2). */
    intervalSeconds?: number | undefined;
    /** Double the interval after each failed attempt (capped at 30 s). */
    backoff?: boolean | undefined;
    /**
     * Give up on one attempt after this many seconds and count it as failed (a
     * host that drops packets never answers). Default 10. Not applied to PGlite.
     */
    connectTimeoutSeconds?: number | undefined;
    log?: (line: string) => void;
    signal?: AbortSignal | undefined;
    env?: NodeJS.ProcessEnv;
}
export interface WaitResult {
    /** Connection attempts made, the successful one included (1: the database was up at once). */
    readonly attempts: number;
    /**
     * Time spent waiting for the database: from the first attempt to the start
     * of the one that succeeded (failed attempts and pauses). 0 when the first
     * attempt succeeded; the time a connection takes to open is not waiting.
     */
    readonly waitedMs: number;
}
/**
 * Whether a failed connection attempt is worth retrying, and the reason to
 * show. The dialect reads the failure's kind from its codes; the reason is
 * the failure's own message (its URL already masked by the driver).
 */
export declare function classifyConnectError(e: unknown, dialect: Dialect): {
    retry: boolean;
    reason: string;
    kind: DatabaseErrorKind;
};
export declare function waitForDatabase(url: string, opts?: WaitOptions): Promise<WaitResult>;

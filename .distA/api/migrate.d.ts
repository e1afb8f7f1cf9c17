import type { TransactionMode } from "../config/settings.js";
import type { StepResult } from "../runtime/run-steps.js";
import { type WaitOptions } from "../runtime/wait-for-database.js";
import { type ConfigSource, type Logger } from "./api-config.js";
import { type ValidateOption, type ValidationResult } from "./validate-schema.js";
export interface MigrateOptions extends ConfigSource {
    /** Target revision. Default `head` (use `heads` with several branches). */
    to?: string;
    /** Run `downgrade` to `to` instead of `upgrade`. */
    direction?: "up" | "down";
    /** An existing pg Client or Pool, a PGlite instance, or a mysql2 Connection or Pool, to migrate through (it stays open). */
    connection?: unknown;
    /** Wait for the database to accept connections first (true: DB_MAX_RETRIES / DB_RETRY_INTERVAL or 30 × 2 s). */
    wait?: boolean | Omit<WaitOptions, "log" | "signal">;
    /** Migration lock: how long to wait for another process (ms). */
    lock?: {
        waitTimeoutMs?: number;
    };
    transactionMode?: TransactionMode;
    /** Check the schema after migrating. */
    validate?: ValidateOption;
    /**
     * Upgrading a database that is at revisions these scripts don't have (a newer
     * release already migrated it, as an old replica restarting mid rolling
     * deploy finds): `false` (default) fails with GRAPH.UNKNOWN_CURRENT_REVISION;
     * `true` changes nothing, logs a warning and reports them in `ahead`.
     */
    allowAhead?: boolean;
    /** Where progress goes (default: stderr, prefixed [athanor]); false for silence. */
    logger?: Logger | false;
    signal?: AbortSignal;
}
export interface MigrateResult {
    /** The database, password masked. */
    readonly url: string;
    readonly headsBefore: readonly string[];
    readonly headsAfter: readonly string[];
    readonly steps: readonly StepResult[];
    readonly waitedForLock: boolean;
    readonly waitedForDatabase: {
        attempts: number;
        waitedMs: number;
    } | null;
    readonly baselineStamped: string | null;
    readonly validation: ValidationResult | null;
    /** With `allowAhead`: the database's revisions these scripts don't have (nothing was run). Else []. */
    readonly ahead: readonly string[];
}
export declare function migrate(options?: MigrateOptions): Promise<MigrateResult>;

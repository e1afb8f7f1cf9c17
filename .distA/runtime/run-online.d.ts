/**
 * upgrade / downgrade / stamp against a live database: connect, take the
 * migration lock, read the heads, plan, run, and verify by reading the
 * version table back after the last COMMIT.
 */
import type { TransactionMode } from "../config/settings.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { type Session } from "./open-session.js";
import { type RunKind } from "./plan-run.js";
import type { StepResult } from "./run-steps.js";
import type { RuntimeInput } from "./runtime-input.js";
import { VersionStore } from "./version-store.js";
/**
 * Builds an empty database another way than replaying every revision (the
 * API and commands layer passes one for `freshDatabase: "models"`): it
 * creates the schema and records the heads in the version table, in the
 * session it is given, and returns the steps it recorded. The runtime calls
 * it on `upgrade` to the heads of a database with no version table and no
 * tables, with the migration lock held, and checks the heads afterwards.
 */
export type FreshDatabaseBuilder = (session: Session, store: VersionStore, scripts: ScriptDirectory, log: (line: string) => void) => Promise<StepResult[]>;
export interface RunOptions {
    kind: RunKind;
    targets: readonly string[];
    purge?: boolean;
    mode?: TransactionMode | undefined;
    log: (line: string) => void;
    warn: (line: string) => void;
    signal?: AbortSignal | undefined;
    /** Use this session instead of connecting (programmatic API). */
    connection?: unknown;
    onStep?: (r: StepResult, index: number, total: number) => void;
    progress?: boolean;
    /** How to build an empty database instead of running every revision (see FreshDatabaseBuilder). */
    freshDatabase?: FreshDatabaseBuilder | undefined;
}
export interface RunResult {
    readonly kind: RunKind;
    readonly url: string;
    readonly headsBefore: readonly string[];
    readonly headsAfter: readonly string[];
    readonly steps: readonly StepResult[];
    readonly waitedForLock: boolean;
    /** The baseline revision stamped on an unversioned database, if that happened. */
    readonly baselineStamped: string | null;
    /** An empty database was built from the models and stamped (`freshDatabase: "models"`). */
    readonly createdFromModels?: boolean;
}
/**
 * `scripts` may be a loader: the revision files are then read while the
 * connection is being set up (a no-op `upgrade` spends most of its time on
 * those two).
 */
export declare function runOnline(config: RuntimeInput, scriptsOrLoader: ScriptDirectory | (() => Promise<ScriptDirectory>), opts: RunOptions): Promise<RunResult>;

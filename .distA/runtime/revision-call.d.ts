import type { MigrationOps } from "../operations/migration-ops.js";
import type { OperationTracker } from "../operations/operation-tracker.js";
import type { RevisionModule } from "../script/script-directory.js";
export type RevisionFunction = (op: MigrationOps) => Promise<void> | void;
/** The function a step runs: the module's `upgrade` or `downgrade`; an error naming the file when it has none. */
export declare function revisionFunction(module: RevisionModule, direction: "up" | "down", file: string, revision: string): RevisionFunction;
/**
 * Why a revision can't be downgraded, when it says so with `export const
 * irreversible = "why"` (or `true`): the reason ("" for `true`), else null.
 */
export declare function irreversibleReason(module: RevisionModule): string | null;
export interface RevisionCallOptions {
    readonly direction: "up" | "down";
    readonly tracker: OperationTracker;
    /** Fail a call that has run nothing on the database for this long while in a transaction (null: no limit). */
    readonly idleLimitMs: number | null;
    /** Whether the revision's transaction is open now (the idle limit applies only then). */
    readonly inTransaction: () => boolean;
}
/** Runs the revision's function; resolves when it and every operation it started have finished, else rejects with why. */
export declare function callRevision(fn: RevisionFunction, op: MigrationOps, opts: RevisionCallOptions): Promise<void>;

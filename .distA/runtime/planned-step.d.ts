/**
 * One step of a run, as the runtime executes it: which revision's code runs
 * (none for a stamp), in which direction, the log label, and the exact
 * version-table actions that record it.
 */
import type { VersionAction } from "../graph/index.js";
export interface PlannedStep {
    readonly direction: "up" | "down";
    /** Revision whose upgrade()/downgrade() runs; null for a stamp step. */
    readonly revision: string | null;
    readonly stamp: boolean;
    /** Revisions the step moves from and to (for `Running upgrade a -> b`). */
    readonly from: readonly string[];
    readonly to: readonly string[];
    readonly message: string;
    readonly actions: readonly VersionAction[];
    /** Heads in the version table after this step. */
    readonly headsAfter: readonly string[];
}
export declare function stepLabel(step: PlannedStep): string;

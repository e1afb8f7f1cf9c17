/**
 * Steps of a plan: run one revision's upgrade or downgrade, or move the
 * version table without running anything (stamp). Mirrors Alembic's
 * `RevisionStep` and `StampStep`, including the text it logs for each.
 */
import type { Revision, RevisionSource } from "./revision.js";
export type StepDirection = "up" | "down";
/** Run one revision's `upgrade()` or `downgrade()`. */
export interface RevisionStep<S extends RevisionSource = RevisionSource> {
    readonly type: "revision";
    readonly direction: StepDirection;
    readonly revision: Revision<S>;
    /** What Alembic logs on the left of `->`: the down revisions (up) or the revision (down). */
    readonly fromRevisions: readonly string[];
    /** What Alembic logs on the right of `->`: the revision (up) or its down revisions (down). */
    readonly toRevisions: readonly string[];
}
/** Rewrite the version table only. */
export interface StampStep {
    readonly type: "stamp";
    readonly direction: StepDirection;
    /** Heads this step moves from (empty for a new branch). */
    readonly fromRevisions: readonly string[];
    /** Heads this step moves to (empty when deleting a branch). */
    readonly toRevisions: readonly string[];
    /** The step creates or deletes a branch (a version-table row) rather than moving one. */
    readonly branchMove: boolean;
}
export type MigrationStep<S extends RevisionSource = RevisionSource> = RevisionStep<S> | StampStep;
export declare function upgradeStep<S extends RevisionSource>(revision: Revision<S>): RevisionStep<S>;
export declare function downgradeStep<S extends RevisionSource>(revision: Revision<S>): RevisionStep<S>;
export declare function stampStep(from: readonly string[], to: readonly string[], direction: StepDirection, branchMove: boolean): StampStep;
/** Alembic's step name: `upgrade`, `downgrade`, or `stamp_revision`. */
export declare function stepName(step: MigrationStep): string;
/**
 * Alembic `MigrationStep.short_log`: `upgrade a -> b`, `upgrade  -> a` (from
 * base), `upgrade a, b -> m` (merge), `downgrade b -> ` (to base). Used for
 * `-- Running ...` comments in offline SQL.
 */
export declare function formatStepShort(step: MigrationStep): string;
/**
 * Alembic `str(MigrationStep)`, the text after `Running ` in its log:
 * `upgrade aaaa1111 -> bbbb2222, add column`.
 */
export declare function formatStep(step: MigrationStep): string;

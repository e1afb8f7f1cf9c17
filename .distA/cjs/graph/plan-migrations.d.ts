import { type RevisionTarget } from "./iterate-revisions.js";
import { type RevisionStep } from "./migration-step.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export interface PlanOptions {
    /** See IterateOptions.ambiguousRelative: `-N` from several heads is an error unless "first". */
    readonly ambiguousRelative?: "error" | "first";
}
/**
 * Checks the version-table heads: each must be the exact id of a known
 * revision. Duplicates are dropped (first occurrence kept).
 */
export declare function resolveCurrentHeads<S extends RevisionSource>(map: RevisionMap<S>, currentHeads: Iterable<string>): Revision<S>[];
/**
 * Steps to upgrade from `currentHeads` to `target` (`head`, `heads`, an id,
 * `label@head`, `+N`, `label@+N`, `rev+N`, `rev-N`, or a list of ids), oldest
 * first. Revisions of other branches that the target depends on are
 * included (Alembic `implicit_base`).
 */
export declare function planUpgrade<S extends RevisionSource>(map: RevisionMap<S>, target: RevisionTarget, currentHeads: Iterable<string>, options?: PlanOptions): RevisionStep<S>[];
/**
 * Steps to downgrade from `currentHeads` to `target` (`base`, `-N`, an id,
 * `label@<rev>`, `label@-N`, `label@base`, `base+N`, `rev-N`), newest first.
 * Everything above the target that is applied is undone, including
 * revisions of other branches that depend on it.
 */
export declare function planDowngrade<S extends RevisionSource>(map: RevisionMap<S>, target: string | null, currentHeads: Iterable<string>, options?: PlanOptions): RevisionStep<S>[];

/**
 * Alembic's `RevisionMap.iterate_revisions` and the two collectors behind it
 * (`_collect_upgrade_revisions`, `_collect_downgrade_revisions`) with their
 * target parsers (`_parse_upgrade_target`, `_parse_downgrade_target`).
 *
 * `iterateRevisions(map, upper, lower)` returns revisions newest-first:
 * upgrade plans reverse it, downgrade plans and history use it as is.
 */
import { PlanningError } from "./errors.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
import { type WalkPosition } from "./target-grammar.js";
/** A symbol, a list of symbols (or ids), or null for base. */
export type RevisionTarget = string | readonly string[] | null;
export interface IterateOptions {
    /** Upgrade side: include every ancestor of the targets, not only descendants of `lower` (Alembic `implicit_base`). */
    readonly implicitBase?: boolean;
    /** Include the lower revision(s) themselves. */
    readonly inclusive?: boolean;
    /** Fail when a relative symbol cannot take all its steps (false clamps instead). Default true. */
    readonly assertRelativeLength?: boolean;
    /** Collect a downgrade (upper = current heads, lower = target) instead of an upgrade. */
    readonly selectForDowngrade?: boolean;
    /**
     * `-N` with several current heads: Alembic 1.8 warns and walks from the
     * first one (the order of version-table rows). Athanor raises
     * GRAPH.AMBIGUOUS_RELATIVE by default; "first" restores Alembic's behaviour.
     */
    readonly ambiguousRelative?: "error" | "first";
}
/** Thrown internally; planners turn it into their own message. */
export declare class RangeNotAncestorError extends PlanningError {
    readonly lower: string;
    readonly upper: string;
    constructor(lower: string, upper: string);
}
export declare function describeTarget(t: RevisionTarget): string;
/** Revisions between `upper` and `lower`, newest first (Alembic `iterate_revisions`). */
export declare function iterateRevisions<S extends RevisionSource>(map: RevisionMap<S>, upper: RevisionTarget, lower: RevisionTarget, options?: IterateOptions): Revision<S>[];
/** Where a downgrade goes: everything applied above `revision` (null = base) is undone. */
export interface DowngradeTarget<S extends RevisionSource> {
    readonly branch: string | null;
    readonly revision: Revision<S> | null;
    /**
     * Undo `revision` itself too: `-N` that ends on a merge point's parents
     * undoes the merge point (the version table then records its parents).
     */
    readonly undoRevision?: boolean;
}
/** Alembic `_parse_downgrade_target`: the branch restriction and the target revision (null = base). */
export declare function parseDowngradeTarget<S extends RevisionSource>(map: RevisionMap<S>, current: RevisionTarget, target: RevisionTarget, options: IterateOptions): DowngradeTarget<S>;
/** Alembic `_collect_downgrade_revisions`. */
export declare function collectDowngradeRevisions<S extends RevisionSource>(map: RevisionMap<S>, upper: RevisionTarget, target: RevisionTarget, options?: IterateOptions): {
    revisions: Set<Revision<S>>;
    heads: Revision<S>[];
};
/** Alembic `_parse_upgrade_target`: the revisions to upgrade to ("base" entries mean nothing). */
export declare function parseUpgradeTarget<S extends RevisionSource>(map: RevisionMap<S>, current: RevisionTarget, target: RevisionTarget, options: IterateOptions): WalkPosition<S>[];
/** Alembic `_collect_upgrade_revisions`. */
export declare function collectUpgradeRevisions<S extends RevisionSource>(map: RevisionMap<S>, upper: RevisionTarget, lower: RevisionTarget, options?: IterateOptions): {
    revisions: Set<Revision<S>>;
    heads: Revision<S>[];
};
/**
 * `branch@...` on the lower side keeps only targets on that branch. Alembic
 * accepts a label, or a revision id that carries exactly one label (it fails
 * otherwise); any other revision is treated as "targets on its lineage".
 */
export declare function filterTargetsToBranch<S extends RevisionSource>(map: RevisionMap<S>, targets: Revision<S>[], branch: string): Revision<S>[];
/** True when `e` is the internal range error planners translate. */
export declare function isRangeNotAncestor(e: unknown): e is RangeNotAncestorError;

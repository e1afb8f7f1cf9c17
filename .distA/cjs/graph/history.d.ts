import { type RevisionTarget } from "./iterate-revisions.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
/**
 * Revisions from `head` down to `base`, inclusive, newest first. Relative
 * symbols are clamped rather than rejected (`base:+20` on a 5-revision
 * history lists all 5). `base` and `head` accept every symbol form, a list
 * of ids, or null (base).
 */
export declare function walkRevisions<S extends RevisionSource>(map: RevisionMap<S>, base?: RevisionTarget, head?: RevisionTarget): Revision<S>[];
export interface HistoryRange {
    /** Lower end for walkRevisions. */
    readonly base: RevisionTarget;
    /** Upper end for walkRevisions. */
    readonly head: RevisionTarget;
    /** True when either end is `current` (so the database's heads are needed). */
    readonly usesCurrent: boolean;
}
/**
 * Parses `history -r`: `a:b`, `a:`, `:b`, `-3:current`, `ae10:+2`,
 * `current:`, `label@base:label@head`. `current` stands for the database's
 * heads, passed in as `currentHeads`. Without a range: everything.
 */
export declare function parseHistoryRange(range: string | null | undefined, currentHeads?: readonly string[]): HistoryRange;
/**
 * The revisions `history -r <range>` lists, newest first. With `current` as
 * the upper end and an empty database, nothing is listed (Alembic lists the
 * whole history there).
 */
export declare function historyRevisions<S extends RevisionSource>(map: RevisionMap<S>, range: string | null | undefined, currentHeads?: readonly string[]): Revision<S>[];

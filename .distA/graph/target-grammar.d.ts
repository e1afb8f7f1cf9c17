import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
/** Partial ids must have at least this many characters. */
export declare const MIN_PREFIX_LENGTH = 4;
/** A position while walking: a revision, "base" (below every base), or null (Alembic's None: nowhere yet). */
export type WalkPosition<S extends RevisionSource = RevisionSource> = Revision<S> | "base" | null;
/** `[branch@][symbol](+|-)N`. */
export interface RelativeSymbol {
    readonly branch: string | null;
    readonly symbol: string | null;
    /** Signed step count. */
    readonly steps: number;
    /** The sign and digits as written (`+2`, `-1`). */
    readonly relative: string;
}
/** Parses a relative symbol; null when `text` is not relative. */
export declare function parseRelative(text: string): RelativeSymbol | null;
/** Splits `branch@rest` at the first `@`; branch is null without one (or when empty). */
export declare function splitBranch(text: string): {
    branch: string | null;
    id: string;
};
/** A `start:end` range; either side may be empty (null). */
export interface SymbolRange {
    readonly start: string | null;
    readonly end: string | null;
}
/** Parses `start:end`, `start:`, `:end`. Returns null when there is no `:`. */
export declare function parseRange(text: string): SymbolRange | null;
type RMap<S extends RevisionSource> = RevisionMap<S>;
/** Alembic `_resolve_revision_number`: expands head/heads/base; splits off the branch. */
export declare function resolveRevisionNumber<S extends RevisionSource>(map: RMap<S>, symbol: string | null): {
    ids: string[];
    branch: string | null;
};
/** Alembic `get_current_head`: the one head (of a branch); throws when several. */
export declare function resolveCurrentHead<S extends RevisionSource>(map: RMap<S>, branch: string | null): string | null;
/**
 * The exact merge that leaves one head instead of `heads`: `athanor merge
 * heads` when they are the graph's real heads, else the ids (an effective
 * head is not in `heads`, so it has to be named).
 */
export declare function mergeCommand<S extends RevisionSource>(map: RMap<S>, heads: readonly string[]): string;
/** Alembic `_resolve_branch`: a label, an id, or a unique prefix. */
export declare function resolveBranch<S extends RevisionSource>(map: RMap<S>, branch: string): Revision<S>;
/**
 * Alembic `_revision_for_ident`: an exact id or label, else a unique prefix
 * (narrowed to `checkBranch` when given), then checked to be on `checkBranch`.
 */
export declare function revisionForIdent<S extends RevisionSource>(map: RMap<S>, ident: string | null, checkBranch: string | null): Revision<S> | null;
/**
 * Alembic `filter_for_lineage`: keeps the targets that share lineage with the
 * branch and/or revisions named by `checkAgainst`.
 */
export declare function filterForLineage<S extends RevisionSource, T extends string | Revision<S>>(map: RMap<S>, targets: Iterable<T>, checkAgainst: string, withDependencies: boolean): T[];
/**
 * Alembic `get_revisions`, exactly: a list flattens; `-N` / `label@-N` walk
 * N steps down from every real head (of that label), giving "base" when a
 * walk ends just below a base and null when it goes further.
 */
export declare function getRevisionsRaw<S extends RevisionSource>(map: RMap<S>, symbols: string | readonly (string | null)[] | null): WalkPosition<S>[];
/**
 * Revisions named by a symbol or list of symbols. `base` contributes nothing;
 * a `-N` that walks past the bases is an error. Also accepts `<symbol>+N`
 * and `<symbol>-N` (Alembic only takes those in upgrade/downgrade targets).
 */
export declare function getRevisions<S extends RevisionSource>(map: RMap<S>, symbols: string | readonly string[] | null): Revision<S>[];
/** Alembic `get_revision`: at most one revision; null for base. Also takes relative symbols, like getRevisions. */
export declare function getRevision<S extends RevisionSource>(map: RMap<S>, symbol: string | null): Revision<S> | null;
export interface WalkOutcome<S extends RevisionSource = RevisionSource> {
    /** Where the walk ended; null when it overwalked and `noOverwalk` was set. */
    readonly position: WalkPosition<S>;
    /** Whether every requested step was taken. */
    readonly complete: boolean;
    /** Steps actually taken. */
    readonly stepsTaken: number;
}
/**
 * Alembic `_walk`: `steps` > 0 walks up through children (restricted to the
 * lineage of `branch` when given), < 0 walks down through down revisions.
 * Walking up from null starts at the bases; walking down from null starts at
 * the heads; walking down past a base reaches "base". A step with several
 * candidates is an error (ambiguous walk). When the walk runs out, the result
 * is null if `noOverwalk`, else the last position (clamping).
 */
export declare function walk<S extends RevisionSource>(map: RMap<S>, start: string | WalkPosition<S>, steps: number, branch: string | null, noOverwalk: boolean): WalkOutcome<S>;
export {};

/**
 * One node of the revision graph. A `Revision` is created by `RevisionMap`
 * from a `RevisionSource` (what the revision file declares); the map fills in
 * the derived data (children, resolved dependencies, propagated branch labels)
 * once the whole graph is known. Revisions are immutable after that.
 */
/** What a revision file declares. Extra fields are kept in `Revision.source`. */
export interface RevisionSource {
    /** The revision id. Must not contain `@ - + :` or whitespace. */
    readonly revision: string;
    /** Parent revision(s); null or `[]` for a base, several for a merge. */
    readonly downRevision: string | readonly string[] | null;
    /** Branch labels declared by this revision. */
    readonly branchLabels?: readonly string[] | undefined;
    /** Revisions (ids or branch labels) this one depends on besides its parents. */
    readonly dependsOn?: readonly string[] | undefined;
    /** One-line description: the first paragraph of the doc comment. */
    readonly message?: string | undefined;
    /** The whole doc comment (shown by `history -v` and `show`). Defaults to `message`. */
    readonly doc?: string | undefined;
    /** The file the revision came from, used in error messages and `Path:` lines. */
    readonly path?: string | undefined;
}
export declare class Revision<S extends RevisionSource = RevisionSource> {
    /** The revision id. */
    readonly id: string;
    /** Position in load order (0-based); used for deterministic tie-breaks. */
    readonly index: number;
    /** `downRevision` as a list (Alembic `_versioned_down_revisions`). */
    readonly downRevisions: readonly string[];
    /** `dependsOn` as declared (may contain branch labels). */
    readonly dependsOn: readonly string[];
    /** Branch labels declared by this revision itself. */
    readonly declaredBranchLabels: readonly string[];
    /** One-line description (first paragraph of the doc). */
    readonly message: string;
    /** Whole doc text, trimmed. */
    readonly doc: string;
    /** Source file, when known. */
    readonly path: string | undefined;
    /** The object the revision was built from, so callers can attach data. */
    readonly source: S;
    /** @internal parents through downRevision */
    _down: readonly Revision<S>[];
    /** @internal parents through downRevision + normalized dependencies */
    _normDown: readonly Revision<S>[];
    /** @internal parents through downRevision + resolved dependencies */
    _allDown: readonly Revision<S>[];
    /** @internal children through downRevision */
    _next: readonly Revision<S>[];
    /** @internal children through downRevision or dependencies */
    _allNext: readonly Revision<S>[];
    /** @internal resolved dependencies as nodes */
    _deps: readonly Revision<S>[];
    /** @internal normalized dependencies as nodes */
    _normDeps: readonly Revision<S>[];
    /** @internal computes the effective branch labels (set by RevisionMap) */
    _labels: (() => readonly string[]) | undefined;
    private labelCache;
    /** @internal use RevisionMap, which validates and links revisions. */
    constructor(source: S, index: number);
    /** `dependsOn` with branch labels resolved to revision ids. */
    get resolvedDependencies(): readonly string[];
    /** Resolved dependencies minus those already implied by an ancestor's dependencies. */
    get normalizedDependencies(): readonly string[];
    /** Down revisions plus resolved dependencies (deduplicated). */
    get allDownRevisions(): readonly string[];
    /** Down revisions plus normalized dependencies: the immediate predecessors for ordering. */
    get normalizedDownRevisions(): readonly string[];
    /** Children through `downRevision` only, in load order. */
    get nextRevisions(): readonly string[];
    /** Children through `downRevision` or `dependsOn`, in load order. */
    get allNextRevisions(): readonly string[];
    /**
     * Branch labels in effect: declared ones, those of every ancestor that declared
     * a label (propagated to all descendants), and those propagated down from a
     * labelled descendant to the nearest branch or merge point, as Alembic does.
     * Ordered by the load order of the declaring revision.
     */
    get branchLabels(): readonly string[];
    /** No revision has this one as a down revision (dependents do not count). */
    get isHead(): boolean;
    /** No revision has this one as a down revision or a dependency. */
    get isRealHead(): boolean;
    /** Only depended upon: a head for `heads`, hidden by `--resolve-dependencies`. */
    get isEffectiveHead(): boolean;
    /** Has no down revision. */
    get isBase(): boolean;
    /** Has neither a down revision nor dependencies. */
    get isRealBase(): boolean;
    /** More than one revision has this one as its down revision. */
    get isBranchPoint(): boolean;
    /** More than one revision has this one as a down revision or dependency. */
    get isRealBranchPoint(): boolean;
    /** Has more than one down revision. */
    get isMergePoint(): boolean;
    toString(): string;
}
/** Characters that may not appear in revision ids (they have meaning in symbols). */
export declare const ILLEGAL_REVISION_CHARACTERS: readonly string[];
/** Names that are symbols and so cannot be revision ids or branch labels. */
export declare const RESERVED_SYMBOLS: readonly string[];

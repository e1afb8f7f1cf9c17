/**
 * One node of the revision graph. A `Revision` is created by `RevisionMap`
 * from a `RevisionSource` (what the revision file declares); the map fills in
 * the derived data (children, resolved dependencies, propagated branch labels)
 * once the whole graph is known. Revisions are immutable after that.
 */
/** Shared empty list for revisions without parents, children or labels. */
const NONE = Object.freeze([]);
export class Revision {
    /** The revision id. */
    id;
    /** Position in load order (0-based); used for deterministic tie-breaks. */
    index;
    /** `downRevision` as a list (Alembic `_versioned_down_revisions`). */
    downRevisions;
    /** `dependsOn` as declared (may contain branch labels). */
    dependsOn;
    /** Branch labels declared by this revision itself. */
    declaredBranchLabels;
    /** One-line description (first paragraph of the doc). */
    message;
    /** Whole doc text, trimmed. */
    doc;
    /** Source file, when known. */
    path;
    /** The object the revision was built from, so callers can attach data. */
    source;
    // Graph links, filled in by RevisionMap. Lists that stay empty share NONE.
    /** @internal parents through downRevision */
    _down = NONE;
    /** @internal parents through downRevision + normalized dependencies */
    _normDown = NONE;
    /** @internal parents through downRevision + resolved dependencies */
    _allDown = NONE;
    /** @internal children through downRevision */
    _next = NONE;
    /** @internal children through downRevision or dependencies */
    _allNext = NONE;
    /** @internal resolved dependencies as nodes */
    _deps = NONE;
    /** @internal normalized dependencies as nodes */
    _normDeps = NONE;
    /** @internal computes the effective branch labels (set by RevisionMap) */
    _labels;
    labelCache;
    /** @internal use RevisionMap, which validates and links revisions. */
    constructor(source, index) {
        this.source = source;
        this.index = index;
        this.id = source.revision;
        const down = source.downRevision;
        this.downRevisions = down === null || down === undefined ? NONE : typeof down === "string" ? [down] : [...down];
        this.dependsOn = source.dependsOn && source.dependsOn.length > 0 ? [...source.dependsOn] : NONE;
        const labels = source.branchLabels;
        this.declaredBranchLabels = labels && labels.length > 0 ? [...new Set(labels)] : NONE;
        if (source.doc !== undefined) {
            this.doc = source.doc.trim();
            this.message = source.message !== undefined ? source.message : (this.doc.split("\n\n")[0] ?? "");
        }
        else {
            this.message = source.message ?? "";
            this.doc = this.message.trim();
        }
        this.path = source.path;
    }
    /** `dependsOn` with branch labels resolved to revision ids. */
    get resolvedDependencies() {
        return ids(this._deps);
    }
    /** Resolved dependencies minus those already implied by an ancestor's dependencies. */
    get normalizedDependencies() {
        return ids(this._normDeps);
    }
    /** Down revisions plus resolved dependencies (deduplicated). */
    get allDownRevisions() {
        return this._allDown === this._down ? this.downRevisions : ids(this._allDown);
    }
    /** Down revisions plus normalized dependencies: the immediate predecessors for ordering. */
    get normalizedDownRevisions() {
        return this._normDown === this._down ? this.downRevisions : ids(this._normDown);
    }
    /** Children through `downRevision` only, in load order. */
    get nextRevisions() {
        return ids(this._next);
    }
    /** Children through `downRevision` or `dependsOn`, in load order. */
    get allNextRevisions() {
        return ids(this._allNext);
    }
    /**
     * Branch labels in effect: declared ones, those of every ancestor that declared
     * a label (propagated to all descendants), and those propagated down from a
     * labelled descendant to the nearest branch or merge point, as Alembic does.
     * Ordered by the load order of the declaring revision.
     */
    get branchLabels() {
        if (this.labelCache === undefined)
            this.labelCache = this._labels ? this._labels() : NONE;
        return this.labelCache;
    }
    /** No revision has this one as a down revision (dependents do not count). */
    get isHead() {
        return this._next.length === 0;
    }
    /** No revision has this one as a down revision or a dependency. */
    get isRealHead() {
        return this._allNext.length === 0;
    }
    /** Only depended upon: a head for `heads`, hidden by `--resolve-dependencies`. */
    get isEffectiveHead() {
        return this.isHead && !this.isRealHead;
    }
    /** Has no down revision. */
    get isBase() {
        return this.downRevisions.length === 0;
    }
    /** Has neither a down revision nor dependencies. */
    get isRealBase() {
        return this.downRevisions.length === 0 && this.dependsOn.length === 0;
    }
    /** More than one revision has this one as its down revision. */
    get isBranchPoint() {
        return this._next.length > 1;
    }
    /** More than one revision has this one as a down revision or dependency. */
    get isRealBranchPoint() {
        return this._allNext.length > 1;
    }
    /** Has more than one down revision. */
    get isMergePoint() {
        return this.downRevisions.length > 1;
    }
    toString() {
        return this.id;
    }
}
function ids(revs) {
    return revs.length === 0 ? NONE : revs.map((r) => r.id);
}
/** Characters that may not appear in revision ids (they have meaning in symbols). */
export const ILLEGAL_REVISION_CHARACTERS = ["@", "-", "+", ":"];
/** Names that are symbols and so cannot be revision ids or branch labels. */
export const RESERVED_SYMBOLS = ["head", "heads", "base", "current"];

import { Revision, type RevisionSource } from "./revision.js";
export interface LineageOptions {
    /** Follow `dependsOn` edges as well as `downRevision` ones. */
    readonly dependencies?: boolean;
}
export declare class RevisionMap<S extends RevisionSource = RevisionSource> {
    private readonly order;
    private readonly byId;
    private readonly labelOwners;
    private readonly headIds;
    private readonly realHeadIds;
    private readonly baseIds;
    private readonly realBaseIds;
    private sortedIds;
    private versionedReach;
    private fullReach;
    private topoRank;
    constructor(sources: Iterable<S>);
    private mapBranchLabels;
    /** Resolves down revisions and dependencies and links parents to children. */
    private link;
    private nearMiss;
    /** Kahn's algorithm; a leftover node means a cycle, which is then traced and named. */
    private detectCycles;
    /** Drops each dependency that a (versioned) ancestor already depends on (Alembic `_normalize_depends_on`). */
    private normalizeDependencies;
    /**
     * Alembic `_add_branches`: a declared label goes to the revision and all its
     * descendants (through downRevision). When those descendants form a single
     * line with no branch point (counting dependents) and no merge point, the
     * label also goes down to ancestors until the nearest branch or merge point.
     * Label lists are computed per revision on first use.
     */
    private propagateBranchLabels;
    /** Parents before children. */
    private topologicalOrder;
    /** Number of revisions. */
    get size(): number;
    /** Heads as Alembic's `heads`: revisions no other revision revises, including
     * "effective heads" that are only depended upon. Load order. */
    get heads(): readonly string[];
    /** Heads nothing revises or depends on (`heads --resolve-dependencies`, the `heads` symbol). */
    get realHeads(): readonly string[];
    /** Revisions without a down revision (they may still have dependencies). */
    get bases(): readonly string[];
    /** Revisions without a down revision and without dependencies. */
    get realBases(): readonly string[];
    /** Every revision, in load order. */
    revisions(): readonly Revision<S>[];
    /** Is there a revision with exactly this id? */
    has(id: string): boolean;
    /** The revision with exactly this id (no prefixes, labels or symbols). */
    get(id: string): Revision<S> | undefined;
    /** The revision that declares `label`, if any. */
    branchLabelOwner(label: string): Revision<S> | undefined;
    /** Every declared branch label with the revision declaring it, in load order. */
    branchLabels(): ReadonlyMap<string, Revision<S>>;
    /**
     * Resolves a symbol that must name at most one revision: a full or partial
     * id, a branch label, `head`, `base` (null), `label@head`, `rev@head`,
     * `label@<rev>`, `label@base` (null), `-N`/`label@-N` (from the heads).
     * Throws MultipleHeadsError when it names several.
     */
    getRevision(symbol: string | null): Revision<S> | null;
    /**
     * Resolves a symbol or a list of symbols to revisions. `heads` gives every
     * real head, `label@heads` the heads of that branch, `base` nothing.
     */
    getRevisions(symbols: string | readonly string[] | null): Revision<S>[];
    /** The single head (optionally of a branch); null when empty. Throws MultipleHeadsError. */
    getCurrentHead(branch?: string): string | null;
    /**
     * Keeps the revisions that share lineage (are an ancestor or descendant of,
     * or equal to) the revision(s) or branch named by `symbol`.
     */
    filterForLineage<T extends Revision<S>>(revisions: Iterable<T>, symbol: string, options?: LineageOptions): T[];
    /** Resolves ids or Revision objects of this map; unknown ids throw. */
    private nodes;
    /** The given revisions and all their ancestors (through dependencies too unless `dependencies: false`). */
    ancestors(revs: Iterable<string | Revision<S>>, options?: LineageOptions): Set<Revision<S>>;
    /** The given revisions and all their descendants (through dependents too unless `dependencies: false`). */
    descendants(revs: Iterable<string | Revision<S>>, options?: LineageOptions): Set<Revision<S>>;
    /** Is `a` equal to `b` or one of its ancestors? O(1) for tree-shaped histories. */
    isAncestor(a: string | Revision<S>, b: string | Revision<S>, options?: LineageOptions): boolean;
    /** Are `a` and `b` on one line of descent (one is an ancestor of the other)? */
    sharesLineage(a: string | Revision<S>, b: string | Revision<S>, options?: LineageOptions): boolean;
    /**
     * Alembic `get_all_current`: the given heads plus everything they imply,
     * reduced to the revisions with no descendant (through downRevision) in that
     * set. Shows effective heads that the version table does not list. Load order.
     */
    allCurrent(heads: Iterable<string | Revision<S>>): Revision<S>[];
    /** @internal */
    isAncestorNode(a: Revision<S>, b: Revision<S>, withDependencies: boolean): boolean;
    private reach;
    /** @internal ancestors including the targets; dependencies use normalized edges. */
    _ancestors(targets: Iterable<Revision<S>>, withDependencies: boolean): Set<Revision<S>>;
    /** @internal descendants including the targets. */
    _descendants(targets: Iterable<Revision<S>>, withDependencies: boolean): Set<Revision<S>>;
    /**
     * @internal Alembic `_iterate_related_revisions(check=True)`: like
     * `_ancestors`/`_descendants`, but raises when one target is reached from
     * another (the requested revisions overlap).
     */
    _relatedChecked(targets: readonly Revision<S>[], up: boolean, withDependencies: boolean): Set<Revision<S>>;
    /** Every revision, parents (and dependencies) before children. */
    parentsFirst(): Revision<S>[];
    /** @internal position of each revision in a parents-first order of the whole graph (dependencies included) */
    _topologicalRank(): Int32Array;
    /** @internal ids sorted, for prefix search */
    _sortedIds(): readonly string[];
    /** @internal exact id or branch label */
    _lookup(key: string): Revision<S> | undefined;
}

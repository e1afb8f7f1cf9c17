/**
 * Fast "is A an ancestor of B?" queries over a DAG, built once per graph in
 * O(nodes + edges). Used where Alembic recomputes whole ancestor sets per call
 * (topological ordering, lineage filters), which made it O(N·H) or worse.
 *
 * The index labels nodes with two GRAIL-style intervals from depth-first
 * traversals that follow parent -> child edges in opposite orders, plus the
 * first traversal's spanning-tree interval and each node's level (longest
 * path from a root). A query is answered in O(1) when the intervals decide it
 * (always, for tree-shaped histories) and otherwise by a pruned search.
 */
export declare class Reachability {
    private readonly n;
    private readonly childStart;
    private readonly childList;
    private readonly level;
    private readonly low1;
    private readonly post1;
    private readonly low2;
    private readonly post2;
    private readonly pre;
    private readonly treePost;
    private readonly mark;
    private epoch;
    private readonly stack;
    /**
     * @param n number of nodes, numbered 0..n-1
     * @param parentsOf parents of node i (edges point from parent to child)
     */
    constructor(n: number, parentsOf: (i: number) => readonly number[]);
    /** Iterative post-order DFS from `roots`; fills GRAIL intervals (and the tree intervals once). */
    private label;
    /** True when `a` is `b` or an ancestor of `b` (b is reachable from a going to children). */
    isAncestor(a: number, b: number): boolean;
    private mayReach;
    /** Pruned depth-first search from a towards b. */
    private search;
}

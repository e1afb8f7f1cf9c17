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
export class Reachability {
    n;
    childStart;
    childList;
    level;
    low1;
    post1;
    low2;
    post2;
    pre;
    treePost;
    mark;
    epoch = 0;
    stack;
    /**
     * @param n number of nodes, numbered 0..n-1
     * @param parentsOf parents of node i (edges point from parent to child)
     */
    constructor(n, parentsOf) {
        this.n = n;
        const childCount = new Int32Array(n);
        let edges = 0;
        for (let i = 0; i < n; i++) {
            for (const p of parentsOf(i)) {
                childCount[p] = (childCount[p] ?? 0) + 1;
                edges++;
            }
        }
        this.childStart = new Int32Array(n + 1);
        for (let i = 0; i < n; i++)
            this.childStart[i + 1] = (this.childStart[i] ?? 0) + (childCount[i] ?? 0);
        this.childList = new Int32Array(edges);
        const fill = this.childStart.slice(0, n);
        // children are listed in increasing node order (load order)
        for (let i = 0; i < n; i++) {
            for (const p of parentsOf(i)) {
                const at = fill[p] ?? 0;
                this.childList[at] = i;
                fill[p] = at + 1;
            }
        }
        // levels by Kahn's algorithm (parents before children)
        this.level = new Int32Array(n);
        const indeg = new Int32Array(n);
        for (let i = 0; i < n; i++)
            indeg[i] = parentsOf(i).length;
        const queue = new Int32Array(n);
        let qh = 0;
        let qt = 0;
        const roots = [];
        for (let i = 0; i < n; i++) {
            if (indeg[i] === 0) {
                queue[qt++] = i;
                roots.push(i);
            }
        }
        while (qh < qt) {
            const v = queue[qh++];
            const lv = (this.level[v] ?? 0) + 1;
            for (let k = this.childStart[v], e = this.childStart[v + 1]; k < e; k++) {
                const c = this.childList[k];
                if ((this.level[c] ?? 0) < lv)
                    this.level[c] = lv;
                indeg[c] = (indeg[c] ?? 0) - 1;
                if (indeg[c] === 0)
                    queue[qt++] = c;
            }
        }
        this.stack = new Int32Array(Math.max(n, 1));
        this.mark = new Int32Array(n);
        this.pre = new Int32Array(n);
        this.treePost = new Int32Array(n);
        this.low1 = new Int32Array(n);
        this.post1 = new Int32Array(n);
        this.low2 = new Int32Array(n);
        this.post2 = new Int32Array(n);
        this.label(roots, false, this.low1, this.post1, true);
        this.label([...roots].reverse(), true, this.low2, this.post2, false);
    }
    /** Iterative post-order DFS from `roots`; fills GRAIL intervals (and the tree intervals once). */
    label(roots, reverse, low, post, tree) {
        const n = this.n;
        const visited = new Uint8Array(n);
        const nodeStack = new Int32Array(Math.max(n, 1));
        const edgeStack = new Int32Array(Math.max(n, 1));
        let postCounter = 0;
        let preCounter = 0;
        for (const r of roots) {
            if (visited[r])
                continue;
            let sp = 0;
            nodeStack[sp] = r;
            edgeStack[sp] = 0;
            sp++;
            visited[r] = 1;
            if (tree)
                this.pre[r] = preCounter++;
            while (sp > 0) {
                const v = nodeStack[sp - 1];
                const start = this.childStart[v];
                const count = this.childStart[v + 1] - start;
                const k = edgeStack[sp - 1];
                if (k < count) {
                    edgeStack[sp - 1] = k + 1;
                    const c = this.childList[reverse ? start + count - 1 - k : start + k];
                    if (!visited[c]) {
                        visited[c] = 1;
                        if (tree)
                            this.pre[c] = preCounter++;
                        nodeStack[sp] = c;
                        edgeStack[sp] = 0;
                        sp++;
                    }
                }
                else {
                    sp--;
                    const p = postCounter++;
                    post[v] = p;
                    if (tree)
                        this.treePost[v] = p;
                    let lo = p;
                    for (let i = start; i < start + count; i++) {
                        const l = low[this.childList[i]];
                        if (l < lo)
                            lo = l;
                    }
                    low[v] = lo;
                }
            }
        }
    }
    /** True when `a` is `b` or an ancestor of `b` (b is reachable from a going to children). */
    isAncestor(a, b) {
        if (a === b)
            return true;
        if (this.level[a] >= this.level[b])
            return false;
        if (!this.mayReach(a, b))
            return false;
        // spanning-tree ancestor: certainly reachable
        if (this.pre[a] <= this.pre[b] && this.treePost[b] <= this.treePost[a]) {
            return true;
        }
        return this.search(a, b);
    }
    mayReach(a, b) {
        return (this.low1[a] <= this.low1[b] &&
            this.post1[b] <= this.post1[a] &&
            this.low2[a] <= this.low2[b] &&
            this.post2[b] <= this.post2[a]);
    }
    /** Pruned depth-first search from a towards b. */
    search(a, b) {
        const epoch = ++this.epoch;
        if (epoch === 0x7fffffff) {
            this.mark.fill(0);
            this.epoch = 1;
        }
        const e = this.epoch;
        const lb = this.level[b];
        let sp = 0;
        this.stack[sp++] = a;
        this.mark[a] = e;
        while (sp > 0) {
            const v = this.stack[--sp];
            for (let k = this.childStart[v], end = this.childStart[v + 1]; k < end; k++) {
                const c = this.childList[k];
                if (c === b)
                    return true;
                if (this.mark[c] === e)
                    continue;
                this.mark[c] = e;
                if (this.level[c] >= lb || !this.mayReach(c, b))
                    continue;
                this.stack[sp++] = c;
            }
        }
        return false;
    }
}

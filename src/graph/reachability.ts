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
  private readonly n: number;
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;
  private readonly level: Int32Array;
  private readonly low1: Int32Array;
  private readonly post1: Int32Array;
  private readonly low2: Int32Array;
  private readonly post2: Int32Array;
  private readonly pre: Int32Array;
  private readonly treePost: Int32Array;
  private readonly mark: Int32Array;
  private epoch = 0;
  private readonly stack: Int32Array;

  /**
   * @param n number of nodes, numbered 0..n-1
   * @param parentsOf parents of node i (edges point from parent to child)
   */
  constructor(n: number, parentsOf: (i: number) => readonly number[]) {
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
    for (let i = 0; i < n; i++) this.childStart[i + 1] = (this.childStart[i] ?? 0) + (childCount[i] ?? 0);
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
    for (let i = 0; i < n; i++) indeg[i] = parentsOf(i).length;
    const queue = new Int32Array(n);
    let qh = 0;
    let qt = 0;
    const roots: number[] = [];
    for (let i = 0; i < n; i++) {
      if (indeg[i] === 0) {
        queue[qt++] = i;
        roots.push(i);
      }
    }
    while (qh < qt) {
      const v = queue[qh++] as number;
      const lv = (this.level[v] ?? 0) + 1;
      for (let k = this.childStart[v] as number, e = this.childStart[v + 1] as number; k < e; k++) {
        const c = this.childList[k] as number;
        if ((this.level[c] ?? 0) < lv) this.level[c] = lv;
        indeg[c] = (indeg[c] ?? 0) - 1;
        if (indeg[c] === 0) queue[qt++] = c;
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
  private label(roots: readonly number[], reverse: boolean, low: Int32Array, post: Int32Array, tree: boolean): void {
    const n = this.n;
    const visited = new Uint8Array(n);
    const nodeStack = new Int32Array(Math.max(n, 1));
    const edgeStack = new Int32Array(Math.max(n, 1));
    let postCounter = 0;
    let preCounter = 0;
    for (const r of roots) {
      if (visited[r]) continue;
      let sp = 0;
      nodeStack[sp] = r;
      edgeStack[sp] = 0;
      sp++;
      visited[r] = 1;
      if (tree) this.pre[r] = preCounter++;
      while (sp > 0) {
        const v = nodeStack[sp - 1] as number;
        const start = this.childStart[v] as number;
        const count = (this.childStart[v + 1] as number) - start;
        const k = edgeStack[sp - 1] as number;
        if (k < count) {
          edgeStack[sp - 1] = k + 1;
          const c = this.childList[reverse ? start + count - 1 - k : start + k] as number;
          if (!visited[c]) {
            visited[c] = 1;
            if (tree) this.pre[c] = preCounter++;
            nodeStack[sp] = c;
            edgeStack[sp] = 0;
            sp++;
          }
        } else {
          sp--;
          const p = postCounter++;
          post[v] = p;
          if (tree) this.treePost[v] = p;
          let lo = p;
          for (let i = start; i < start + count; i++) {
            const l = low[this.childList[i] as number] as number;
            if (l < lo) lo = l;
          }
          low[v] = lo;
        }
      }
    }
  }

  /** True when `a` is `b` or an ancestor of `b` (b is reachable from a going to children). */
  isAncestor(a: number, b: number): boolean {
    if (a === b) return true;
    if ((this.level[a] as number) >= (this.level[b] as number)) return false;
    if (!this.mayReach(a, b)) return false;
    // spanning-tree ancestor: certainly reachable
    if ((this.pre[a] as number) <= (this.pre[b] as number) && (this.treePost[b] as number) <= (this.treePost[a] as number)) {
      return true;
    }
    return this.search(a, b);
  }

  private mayReach(a: number, b: number): boolean {
    return (
      (this.low1[a] as number) <= (this.low1[b] as number) &&
      (this.post1[b] as number) <= (this.post1[a] as number) &&
      (this.low2[a] as number) <= (this.low2[b] as number) &&
      (this.post2[b] as number) <= (this.post2[a] as number)
    );
  }

  /** Pruned depth-first search from a towards b. */
  private search(a: number, b: number): boolean {
    const epoch = ++this.epoch;
    if (epoch === 0x7fffffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
    const e = this.epoch;
    const lb = this.level[b] as number;
    let sp = 0;
    this.stack[sp++] = a;
    this.mark[a] = e;
    while (sp > 0) {
      const v = this.stack[--sp] as number;
      for (let k = this.childStart[v] as number, end = this.childStart[v + 1] as number; k < end; k++) {
        const c = this.childList[k] as number;
        if (c === b) return true;
        if (this.mark[c] === e) continue;
        this.mark[c] = e;
        if ((this.level[c] as number) >= lb || !this.mayReach(c, b)) continue;
        this.stack[sp++] = c;
      }
    }
    return false;
  }
}

/**
 * The revision graph: every revision, its parents, children, dependencies and
 * branch labels, validated once at construction. Pure: no I/O.
 *
 * Load order (the order of the input) is kept and used for every tie-break,
 * as Alembic does, so that plans and listings are deterministic.
 */
import { ResolutionError, RevisionMapError } from "./errors.js";
import { Reachability } from "./reachability.js";
import { ILLEGAL_REVISION_CHARACTERS, RESERVED_SYMBOLS, Revision, type RevisionSource } from "./revision.js";
import { filterForLineage, getRevision, getRevisions, resolveCurrentHead } from "./target-grammar.js";

export interface LineageOptions {
  /** Follow `dependsOn` edges as well as `downRevision` ones. */
  readonly dependencies?: boolean;
}

export class RevisionMap<S extends RevisionSource = RevisionSource> {
  private readonly order: Revision<S>[];
  private readonly byId = new Map<string, Revision<S>>();
  private readonly labelOwners = new Map<string, Revision<S>>();
  private readonly headIds: readonly string[];
  private readonly realHeadIds: readonly string[];
  private readonly baseIds: readonly string[];
  private readonly realBaseIds: readonly string[];
  private sortedIds: string[] | undefined;
  private versionedReach: Reachability | undefined;
  private fullReach: Reachability | undefined;
  private topoRank: Int32Array | undefined;

  constructor(sources: Iterable<S>) {
    const order: Revision<S>[] = [];
    let i = 0;
    for (const source of sources) order.push(new Revision(source, i++));
    this.order = order;

    for (const rev of order) checkRevisionId(rev);
    for (const rev of order) {
      const existing = this.byId.get(rev.id);
      if (existing) {
        throw new RevisionMapError(
          "GRAPH.DUPLICATE_REVISION",
          `Revision ${rev.id} is present more than once: in ${where(existing)} and in ${where(rev)}`,
          { revisions: [rev.id], paths: paths(existing, rev) },
        );
      }
      this.byId.set(rev.id, rev);
    }
    for (const rev of order) {
      if (rev.downRevisions.includes(rev.id)) {
        throw new RevisionMapError(
          "GRAPH.SELF_LOOP",
          `Self-loop is detected in revisions (${rev.id}): ${rev.id} lists itself as its down revision${inFile(rev)}`,
          { revisions: [rev.id], paths: paths(rev) },
        );
      }
      if (rev.downRevisions.length > 1 && new Set(rev.downRevisions).size !== rev.downRevisions.length) {
        throw new RevisionMapError(
          "GRAPH.DUPLICATE_REVISION",
          `Revision ${rev.id} lists the same down revision twice (${rev.downRevisions.join(", ")})${inFile(rev)}`,
          { revisions: [rev.id], paths: paths(rev) },
        );
      }
    }
    this.mapBranchLabels();
    this.link();
    this.detectCycles(false);
    this.detectCycles(true);
    this.normalizeDependencies();
    this.propagateBranchLabels();

    this.headIds = order.filter((r) => r._next.length === 0).map((r) => r.id);
    this.realHeadIds = order.filter((r) => r._allNext.length === 0).map((r) => r.id);
    this.baseIds = order.filter((r) => r.downRevisions.length === 0).map((r) => r.id);
    this.realBaseIds = order.filter((r) => r.isRealBase).map((r) => r.id);
  }

  // ---------------------------------------------------------------- construction

  private mapBranchLabels(): void {
    for (const rev of this.order) {
      for (const label of rev.declaredBranchLabels) {
        checkBranchLabel(label, rev);
        const clash = this.labelOwners.get(label) ?? this.byId.get(label);
        if (clash) {
          const what = clash.id === label ? `it is the id of revision ${clash.id}` : `already used by revision ${clash.id}`;
          throw new RevisionMapError(
            "GRAPH.DUPLICATE_BRANCH_LABEL",
            `Branch name '${label}' in revision ${rev.id} ${what} (${where(rev)}; ${where(clash)})`,
            { branch: label, revisions: [rev.id, clash.id], paths: paths(rev, clash) },
          );
        }
        this.labelOwners.set(label, rev);
      }
    }
  }

  /** Resolves down revisions and dependencies and links parents to children. */
  private link(): void {
    for (const rev of this.order) {
      if (rev.downRevisions.length > 0) {
        rev._down = rev.downRevisions.map((d) => {
          const parent = this.byId.get(d);
          if (!parent) {
            throw new RevisionMapError(
              "GRAPH.MISSING_DOWN_REVISION",
              `Revision ${d}, the down revision of ${rev.id}${inFile(rev)}, is not present${this.nearMiss(d)}`,
              { revisions: [rev.id, d], paths: paths(rev) },
            );
          }
          return parent;
        });
      }
      rev._normDown = rev._down;
      rev._allDown = rev._down;
      if (rev.dependsOn.length === 0) continue;
      const deps: Revision<S>[] = [];
      for (const d of rev.dependsOn) {
        const dep = this.byId.get(d) ?? this.labelOwners.get(d);
        if (!dep) {
          throw new RevisionMapError(
            "GRAPH.MISSING_DEPENDENCY",
            `Revision or branch ${d}, which ${rev.id} depends on${inFile(rev)}, is not present${this.nearMiss(d)}`,
            { revisions: [rev.id, d], paths: paths(rev) },
          );
        }
        if (dep === rev) {
          throw new RevisionMapError(
            "GRAPH.DEPENDENCY_SELF_LOOP",
            `Dependency self-loop is detected in revisions (${rev.id}): ${rev.id} depends on ${d === rev.id ? "itself" : `its own branch label '${d}'`}${inFile(rev)}`,
            { revisions: [rev.id], paths: paths(rev) },
          );
        }
        if (!deps.includes(dep)) deps.push(dep);
      }
      rev._deps = deps;
      const all = [...rev._down];
      for (const d of deps) if (!all.includes(d)) all.push(d);
      if (all.length > rev._down.length) rev._allDown = all;
    }
    const next: Revision<S>[][] = new Array(this.order.length);
    const allNext: Revision<S>[][] = new Array(this.order.length);
    for (const rev of this.order) {
      for (const p of rev._allDown) {
        (allNext[p.index] ??= []).push(rev);
        if (rev._down === rev._allDown || rev._down.includes(p)) (next[p.index] ??= []).push(rev);
      }
    }
    for (const rev of this.order) {
      const n = next[rev.index];
      const a = allNext[rev.index];
      if (n) rev._next = n;
      if (a) rev._allNext = a.length === n?.length ? n : a;
    }
  }

  private nearMiss(id: string): string {
    if (id.length < 4) return "";
    const similar = this.order.filter((r) => r.id.startsWith(id) || id.startsWith(r.id)).map((r) => r.id);
    return similar.length > 0 && similar.length <= 3 ? ` (did you mean ${similar.join(" or ")}?)` : "";
  }

  /** Kahn's algorithm; a leftover node means a cycle, which is then traced and named. */
  private detectCycles(withDependencies: boolean): void {
    const n = this.order.length;
    const parentsOf = (r: Revision<S>) => (withDependencies ? r._allDown : r._down);
    const childrenOf = (r: Revision<S>) => (withDependencies ? r._allNext : r._next);
    const indeg = new Int32Array(n);
    const queue: Revision<S>[] = [];
    for (const r of this.order) {
      indeg[r.index] = parentsOf(r).length;
      if (indeg[r.index] === 0) queue.push(r);
    }
    let done = 0;
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q] as Revision<S>;
      done++;
      for (const c of childrenOf(r)) {
        const left = (indeg[c.index] as number) - 1;
        indeg[c.index] = left;
        if (left === 0) queue.push(c);
      }
    }
    if (done === n) return;
    // Every leftover node has a leftover parent; follow parents until one repeats.
    const start = this.order.find((r) => (indeg[r.index] as number) > 0) as Revision<S>;
    const seenAt = new Map<Revision<S>, number>();
    const path: Revision<S>[] = [];
    let cur = start;
    while (!seenAt.has(cur)) {
      seenAt.set(cur, path.length);
      path.push(cur);
      cur = parentsOf(cur).find((p) => (indeg[p.index] as number) > 0) as Revision<S>;
    }
    const cycle = path.slice(seenAt.get(cur));
    const steps = cycle.map((r, k) => {
      const next = cycle[(k + 1) % cycle.length] as Revision<S>;
      return r._down.includes(next) ? `${r.id} revises ${next.id}` : `${r.id} depends on ${next.id}`;
    });
    const ids = cycle.map((r) => r.id);
    const files = cycle.filter((r) => r.path !== undefined).map((r) => r.path as string);
    throw new RevisionMapError(
      withDependencies ? "GRAPH.DEPENDENCY_CYCLE" : "GRAPH.CYCLE",
      `${withDependencies ? "Dependency cycle" : "Cycle"} is detected in revisions (${abbreviate(ids)}): ${abbreviate(steps)}`,
      { revisions: ids, paths: files },
    );
  }

  /** Drops each dependency that a (versioned) ancestor already depends on (Alembic `_normalize_depends_on`). */
  private normalizeDependencies(): void {
    const dependents = new Map<Revision<S>, Revision<S>[]>();
    for (const rev of this.order) {
      for (const d of rev._deps) {
        let list = dependents.get(d);
        if (!list) dependents.set(d, (list = []));
        list.push(rev);
      }
    }
    for (const rev of this.order) {
      if (rev._deps.length === 0) continue;
      const kept = rev._deps.filter(
        (d) => !(dependents.get(d) ?? []).some((other) => other !== rev && this.isAncestorNode(other, rev, false)),
      );
      rev._normDeps = kept;
      const norm = [...rev._down];
      for (const d of kept) if (!norm.includes(d)) norm.push(d);
      if (norm.length > rev._down.length) rev._normDown = norm;
    }
  }

  /**
   * Alembic `_add_branches`: a declared label goes to the revision and all its
   * descendants (through downRevision). When those descendants form a single
   * line with no branch point (counting dependents) and no merge point, the
   * label also goes down to ancestors until the nearest branch or merge point.
   * Label lists are computed per revision on first use.
   */
  private propagateBranchLabels(): void {
    if (this.labelOwners.size === 0) return;
    const rank = new Map<string, number>();
    for (const rev of this.order) for (const l of rev.declaredBranchLabels) rank.set(l, rank.size);
    const byRank = (a: string, b: string) => (rank.get(a) as number) - (rank.get(b) as number);
    const topo = this.topologicalOrder(false);
    const n = this.order.length;
    const none: readonly string[] = [];
    // labels inherited from ancestors (shared along plain lines)
    const desc: (readonly string[])[] = new Array(n);
    for (const rev of topo) {
      const own = rev.declaredBranchLabels;
      const parents = rev._down;
      if (own.length === 0 && parents.length === 1) {
        desc[rev.index] = desc[(parents[0] as Revision<S>).index] as readonly string[];
      } else if (own.length === 0 && parents.length === 0) {
        desc[rev.index] = none;
      } else {
        const set = new Set<string>(own);
        for (const p of parents) for (const l of desc[p.index] as readonly string[]) set.add(l);
        desc[rev.index] = [...set].sort(byRank);
      }
    }
    // labels walked down from labelled descendants (children before parents)
    const passes = (r: Revision<S>) => r._allNext.length <= 1 && r._down.length <= 1;
    const ok = new Uint8Array(n);
    const flowDown: (readonly string[])[] = new Array(n);
    const walkIn: (readonly string[])[] = new Array(n);
    for (let k = topo.length - 1; k >= 0; k--) {
      const rev = topo[k] as Revision<S>;
      const child = rev._next.length === 1 ? (rev._next[0] as Revision<S>) : undefined;
      const pass = passes(rev);
      ok[rev.index] = pass && (rev._next.length === 0 || (child !== undefined && ok[child.index] === 1)) ? 1 : 0;
      const incoming = pass && child !== undefined && passes(child) ? (flowDown[child.index] ?? none) : none;
      walkIn[rev.index] = incoming;
      if (!pass) flowDown[rev.index] = none;
      else if (ok[rev.index] && rev.declaredBranchLabels.length > 0) {
        flowDown[rev.index] = [...new Set([...incoming, ...rev.declaredBranchLabels])];
      } else flowDown[rev.index] = incoming;
    }
    for (const rev of this.order) {
      const d = desc[rev.index] as readonly string[];
      const w = walkIn[rev.index] as readonly string[];
      if (d.length === 0 && w.length === 0) continue;
      rev._labels = w.length === 0 ? () => d : () => [...new Set([...d, ...w])].sort(byRank);
    }
  }

  /** Parents before children. */
  private topologicalOrder(withDependencies: boolean): Revision<S>[] {
    const indeg = new Int32Array(this.order.length);
    const out: Revision<S>[] = [];
    for (const r of this.order) {
      indeg[r.index] = (withDependencies ? r._allDown : r._down).length;
      if (indeg[r.index] === 0) out.push(r);
    }
    for (let q = 0; q < out.length; q++) {
      const r = out[q] as Revision<S>;
      for (const c of withDependencies ? r._allNext : r._next) {
        const left = (indeg[c.index] as number) - 1;
        indeg[c.index] = left;
        if (left === 0) out.push(c);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- basic access

  /** Number of revisions. */
  get size(): number {
    return this.order.length;
  }

  /** Heads as Alembic's `heads`: revisions no other revision revises, including
   * "effective heads" that are only depended upon. Load order. */
  get heads(): readonly string[] {
    return this.headIds;
  }

  /** Heads nothing revises or depends on (`heads --resolve-dependencies`, the `heads` symbol). */
  get realHeads(): readonly string[] {
    return this.realHeadIds;
  }

  /** Revisions without a down revision (they may still have dependencies). */
  get bases(): readonly string[] {
    return this.baseIds;
  }

  /** Revisions without a down revision and without dependencies. */
  get realBases(): readonly string[] {
    return this.realBaseIds;
  }

  /** Every revision, in load order. */
  revisions(): readonly Revision<S>[] {
    return this.order;
  }

  /** Is there a revision with exactly this id? */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The revision with exactly this id (no prefixes, labels or symbols). */
  get(id: string): Revision<S> | undefined {
    return this.byId.get(id);
  }

  /** The revision that declares `label`, if any. */
  branchLabelOwner(label: string): Revision<S> | undefined {
    return this.labelOwners.get(label);
  }

  /** Every declared branch label with the revision declaring it, in load order. */
  branchLabels(): ReadonlyMap<string, Revision<S>> {
    return this.labelOwners;
  }

  // ---------------------------------------------------------------- symbols

  /**
   * Resolves a symbol that must name at most one revision: a full or partial
   * id, a branch label, `head`, `base` (null), `label@head`, `rev@head`,
   * `label@<rev>`, `label@base` (null), `-N`/`label@-N` (from the heads).
   * Throws MultipleHeadsError when it names several.
   */
  getRevision(symbol: string | null): Revision<S> | null {
    return getRevision(this, symbol);
  }

  /**
   * Resolves a symbol or a list of symbols to revisions. `heads` gives every
   * real head, `label@heads` the heads of that branch, `base` nothing.
   */
  getRevisions(symbols: string | readonly string[] | null): Revision<S>[] {
    return getRevisions(this, symbols);
  }

  /** The single head (optionally of a branch); null when empty. Throws MultipleHeadsError. */
  getCurrentHead(branch?: string): string | null {
    return resolveCurrentHead(this, branch ?? null);
  }

  /**
   * Keeps the revisions that share lineage (are an ancestor or descendant of,
   * or equal to) the revision(s) or branch named by `symbol`.
   */
  filterForLineage<T extends Revision<S>>(revisions: Iterable<T>, symbol: string, options?: LineageOptions): T[] {
    return filterForLineage(this, revisions, symbol, options?.dependencies ?? false);
  }

  // ---------------------------------------------------------------- graph queries

  /** Resolves ids or Revision objects of this map; unknown ids throw. */
  private nodes(revs: Iterable<string | Revision<S>>): Revision<S>[] {
    const out: Revision<S>[] = [];
    for (const r of revs) {
      if (typeof r !== "string") {
        out.push(r);
        continue;
      }
      const rev = this.byId.get(r);
      if (!rev) throw new ResolutionError("GRAPH.UNKNOWN_REVISION", `Unknown revision '${r}'`, { symbol: r });
      out.push(rev);
    }
    return out;
  }

  /** The given revisions and all their ancestors (through dependencies too unless `dependencies: false`). */
  ancestors(revs: Iterable<string | Revision<S>>, options?: LineageOptions): Set<Revision<S>> {
    return this._ancestors(this.nodes(revs), options?.dependencies ?? true);
  }

  /** The given revisions and all their descendants (through dependents too unless `dependencies: false`). */
  descendants(revs: Iterable<string | Revision<S>>, options?: LineageOptions): Set<Revision<S>> {
    return this._descendants(this.nodes(revs), options?.dependencies ?? true);
  }

  /** Is `a` equal to `b` or one of its ancestors? O(1) for tree-shaped histories. */
  isAncestor(a: string | Revision<S>, b: string | Revision<S>, options?: LineageOptions): boolean {
    const [x, y] = this.nodes([a, b]) as [Revision<S>, Revision<S>];
    return this.isAncestorNode(x, y, options?.dependencies ?? true);
  }

  /** Are `a` and `b` on one line of descent (one is an ancestor of the other)? */
  sharesLineage(a: string | Revision<S>, b: string | Revision<S>, options?: LineageOptions): boolean {
    const [x, y] = this.nodes([a, b]) as [Revision<S>, Revision<S>];
    const deps = options?.dependencies ?? false;
    return this.isAncestorNode(x, y, deps) || this.isAncestorNode(y, x, deps);
  }

  /**
   * Alembic `get_all_current`: the given heads plus everything they imply,
   * reduced to the revisions with no descendant (through downRevision) in that
   * set. Shows effective heads that the version table does not list. Load order.
   */
  allCurrent(heads: Iterable<string | Revision<S>>): Revision<S>[] {
    const top = this._ancestors(this.nodes(heads), true);
    // the set is closed under ancestry, so a descendant in it implies a child in it
    return this.order.filter((r) => top.has(r) && !r._next.some((c) => top.has(c)));
  }

  /** @internal */
  isAncestorNode(a: Revision<S>, b: Revision<S>, withDependencies: boolean): boolean {
    if (a === b) return true;
    return this.reach(withDependencies).isAncestor(a.index, b.index);
  }

  private reach(withDependencies: boolean): Reachability {
    if (withDependencies) {
      this.fullReach ??= new Reachability(this.order.length, (i) =>
        (this.order[i] as Revision<S>)._allDown.map((r) => r.index),
      );
      return this.fullReach;
    }
    this.versionedReach ??= new Reachability(this.order.length, (i) =>
      (this.order[i] as Revision<S>)._down.map((r) => r.index),
    );
    return this.versionedReach;
  }

  /** @internal ancestors including the targets; dependencies use normalized edges. */
  _ancestors(targets: Iterable<Revision<S>>, withDependencies: boolean): Set<Revision<S>> {
    return closure(targets, (r) => (withDependencies ? r._normDown : r._down));
  }

  /** @internal descendants including the targets. */
  _descendants(targets: Iterable<Revision<S>>, withDependencies: boolean): Set<Revision<S>> {
    return closure(targets, (r) => (withDependencies ? r._allNext : r._next));
  }

  /**
   * @internal Alembic `_iterate_related_revisions(check=True)`: like
   * `_ancestors`/`_descendants`, but raises when one target is reached from
   * another (the requested revisions overlap).
   */
  _relatedChecked(targets: readonly Revision<S>[], up: boolean, withDependencies: boolean): Set<Revision<S>> {
    const seen = new Set<Revision<S>>();
    const targetSet = targets.length > 1 ? new Set(targets) : undefined;
    const stack: Revision<S>[] = [];
    for (const t of targets) {
      // a target reached from another one (even through an already seen node) overlaps it
      const overlaps: Revision<S>[] = [];
      stack.push(t);
      while (stack.length > 0) {
        const r = stack.pop() as Revision<S>;
        if (targetSet && r !== t && targetSet.has(r) && !overlaps.includes(r)) overlaps.push(r);
        if (seen.has(r)) continue;
        seen.add(r);
        const next = up ? (withDependencies ? r._normDown : r._down) : withDependencies ? r._allNext : r._next;
        for (const x of next) stack.push(x);
      }
      if (overlaps.length > 0) {
        overlaps.sort((a, b) => targets.indexOf(a) - targets.indexOf(b));
        const ids = overlaps.map((o) => o.id).join(", ");
        const relation = up
          ? `${ids} ${overlaps.length > 1 ? "are ancestors" : "is an ancestor"} of ${t.id}`
          : `${ids} ${overlaps.length > 1 ? "are descendants" : "is a descendant"} of ${t.id}`;
        throw new ResolutionError(
          "GRAPH.OVERLAPPING_REVISIONS",
          `Requested revision ${t.id} overlaps with other requested revisions ${ids} (${relation}); list only one revision per line of descent`,
          { revisions: [t.id, ...overlaps.map((o) => o.id)] },
        );
      }
    }
    return seen;
  }

  /** Every revision, parents (and dependencies) before children. */
  parentsFirst(): Revision<S>[] {
    return this.topologicalOrder(true);
  }

  /** @internal position of each revision in a parents-first order of the whole graph (dependencies included) */
  _topologicalRank(): Int32Array {
    if (!this.topoRank) {
      const rank = new Int32Array(this.order.length);
      this.topologicalOrder(true).forEach((r, k) => {
        rank[r.index] = k;
      });
      this.topoRank = rank;
    }
    return this.topoRank;
  }

  /** @internal ids sorted, for prefix search */
  _sortedIds(): readonly string[] {
    this.sortedIds ??= [...this.byId.keys()].sort();
    return this.sortedIds;
  }

  /** @internal exact id or branch label */
  _lookup(key: string): Revision<S> | undefined {
    return this.byId.get(key) ?? this.labelOwners.get(key);
  }
}

/** Joins a list, eliding the middle of a very long one. */
function abbreviate(items: readonly string[]): string {
  if (items.length <= 12) return items.join(", ");
  return `${items.slice(0, 6).join(", ")}, ... (${items.length - 8} more) ..., ${items.slice(-2).join(", ")}`;
}

function where(rev: Revision): string {
  return rev.path !== undefined ? rev.path : `revision ${rev.id}`;
}

function inFile(rev: Revision): string {
  return rev.path !== undefined ? ` (${rev.path})` : "";
}

function paths(...revs: Revision[]): string[] {
  return revs.filter((r) => r.path !== undefined).map((r) => r.path as string);
}

function checkRevisionId(rev: Revision): void {
  const id = rev.id;
  if (typeof id !== "string" || id === "") {
    throw new RevisionMapError("GRAPH.INVALID_REVISION_ID", `A revision has an empty id${inFile(rev)}`, {
      paths: paths(rev),
    });
  }
  const bad = ILLEGAL_REVISION_CHARACTERS.filter((c) => id.includes(c));
  if (bad.length > 0) {
    throw new RevisionMapError(
      "GRAPH.INVALID_REVISION_ID",
      `Character(s) '${bad.join(", ")}' not allowed in revision identifier '${id}'${inFile(rev)}`,
      { revisions: [id], paths: paths(rev) },
    );
  }
  if (/\s/.test(id)) {
    throw new RevisionMapError(
      "GRAPH.INVALID_REVISION_ID",
      `Whitespace is not allowed in revision identifier '${id}'${inFile(rev)}`,
      { revisions: [id], paths: paths(rev) },
    );
  }
  if (RESERVED_SYMBOLS.includes(id)) {
    throw new RevisionMapError(
      "GRAPH.INVALID_REVISION_ID",
      `'${id}' cannot be used as a revision identifier: it is a reserved symbol${inFile(rev)}`,
      { revisions: [id], paths: paths(rev) },
    );
  }
}

/** What makes `label` unusable as a branch label ("is a reserved symbol", ...), or undefined when it can be one. */
export function branchLabelProblem(label: string): string | undefined {
  if (typeof label !== "string" || label === "") return "is empty";
  if (label.includes("@") || label.includes(":")) return "contains '@' or ':'";
  if (/\s/.test(label)) return "contains whitespace";
  if (RESERVED_SYMBOLS.includes(label)) return "is a reserved symbol";
  if (/^[+-]?\d+$/.test(label)) return "looks like a relative step (+N/-N)";
  return undefined;
}

function checkBranchLabel(label: string, rev: Revision): void {
  const problem = branchLabelProblem(label);
  if (problem !== undefined) {
    throw new RevisionMapError(
      "GRAPH.INVALID_BRANCH_LABEL",
      `Branch label '${label}' in revision ${rev.id} ${problem}${inFile(rev)}`,
      { branch: label, revisions: [rev.id], paths: paths(rev) },
    );
  }
}

/** Everything reachable from the targets along `edges`, targets included (iterative: no depth limit). */
function closure<R>(targets: Iterable<R>, edges: (r: R) => Iterable<R>): Set<R> {
  const seen = new Set<R>();
  const stack: R[] = [];
  for (const t of targets) {
    if (seen.has(t)) continue;
    seen.add(t);
    stack.push(t);
    while (stack.length > 0) {
      for (const next of edges(stack.pop() as R)) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return seen;
}

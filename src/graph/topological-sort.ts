/**
 * Alembic's `_topological_sort`: orders a set of revisions newest-first
 * (every revision before its down revisions and dependencies).
 *
 * Starting from the given heads (sorted by load order), it walks down one
 * line at a time and only leaves a line when the next revision is still an
 * ancestor of another pending line, which is then walked first. Branches are
 * therefore drained one at a time and all meet at their branch point before
 * the common trunk continues. The result equals Alembic's exactly; the
 * ancestor tests use the map's reachability index instead of per-head
 * ancestor sets, so long histories cost O(N) instead of O(N·H).
 */
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";

export function topologicalSort<S extends RevisionSource>(
  map: RevisionMap<S>,
  revisions: Iterable<Revision<S>>,
  heads: Iterable<Revision<S>>,
): Revision<S>[] {
  const todo = new Set(revisions);
  const current: Revision<S>[] = [...new Set([...heads].filter((h) => todo.has(h)))].sort((a, b) => a.index - b.index);
  const inCurrent = new Set(current);
  const output: Revision<S>[] = [];
  let idx = 0;
  // Each pass emits a revision or moves to a line strictly above; this bound
  // can only be hit if the graph were cyclic, which RevisionMap rules out.
  let budget = (todo.size + 1) * (current.length + todo.size + 2);
  while (current.length > 0) {
    if (--budget < 0) throw new Error("topologicalSort: no progress (cyclic graph?)");
    const candidate = current[idx] as Revision<S>;
    let switched = false;
    if (current.length > 1) {
      for (let i = 0; i < current.length; i++) {
        if (i !== idx && map.isAncestorNode(candidate, current[i] as Revision<S>, true)) {
          // another pending line still needs this revision: drain that one first
          idx = i;
          switched = true;
          break;
        }
      }
    }
    if (switched) continue;
    if (todo.delete(candidate)) output.push(candidate);
    inCurrent.delete(candidate);
    let replaced = false;
    for (const r of candidate._normDown) {
      if (!todo.has(r) || inCurrent.has(r)) continue;
      inCurrent.add(r);
      if (replaced) current.push(r);
      else {
        current[idx] = r;
        replaced = true;
      }
    }
    if (!replaced) {
      current.splice(idx, 1);
      idx = Math.max(idx - 1, 0);
    }
  }
  if (todo.size > 0) {
    // Not reachable from the heads inside the set (Alembic asserts here). Fall
    // back to a plain order that still puts every revision before its ancestors.
    const all = [...output, ...todo];
    const rank = map._topologicalRank();
    return all.sort((a, b) => (rank[b.index] as number) - (rank[a.index] as number));
  }
  return output;
}

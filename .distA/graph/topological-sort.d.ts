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
export declare function topologicalSort<S extends RevisionSource>(map: RevisionMap<S>, revisions: Iterable<Revision<S>>, heads: Iterable<Revision<S>>): Revision<S>[];

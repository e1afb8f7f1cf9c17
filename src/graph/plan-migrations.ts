/**
 * Upgrade and downgrade planning (Alembic `ScriptDirectory._upgrade_revs` /
 * `_downgrade_revs`): which revisions to run, in which order, given the
 * target symbol and the heads currently recorded in the version table.
 */
import { PlanningError, ResolutionError } from "./errors.js";
import {
  describeTarget,
  type IterateOptions,
  isRangeNotAncestor,
  iterateRevisions,
  type RevisionTarget,
} from "./iterate-revisions.js";
import { downgradeStep, type RevisionStep, upgradeStep } from "./migration-step.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";

export interface PlanOptions {
  /** See IterateOptions.ambiguousRelative: `-N` from several heads is an error unless "first". */
  readonly ambiguousRelative?: "error" | "first";
}

/**
 * Checks the version-table heads: each must be the exact id of a known
 * revision. Duplicates are dropped (first occurrence kept).
 */
export function resolveCurrentHeads<S extends RevisionSource>(
  map: RevisionMap<S>,
  currentHeads: Iterable<string>,
): Revision<S>[] {
  const out: Revision<S>[] = [];
  for (const id of new Set(currentHeads)) {
    const rev = map.get(id);
    if (!rev) {
      throw new ResolutionError(
        "GRAPH.UNKNOWN_CURRENT_REVISION",
        `The version table lists revision '${id}', which is not in the revision scripts (was its file deleted or renamed?): ` +
          `if a newer release of the code migrated this database, run that release (or migrate({ allowAhead: true }): docs/deploy.md); ` +
          `if the file is gone for good, look at the schema, then record where it really is with 'athanor stamp --purge <revision>'`,
        { revisions: [id] },
      );
    }
    out.push(rev);
  }
  // two rows on one line are a table edited by hand, or written by two runs at once
  const pair = sameLineOfDescent(map, out);
  if (pair) {
    const [a, later] = pair;
    throw new ResolutionError(
      "GRAPH.OVERLAPPING_CURRENT",
      `The version table lists revision '${a.id}' and its descendant '${later.id}': one line of descent can't be at two revisions ` +
        `(was the table edited by hand, or written by two runs at once?); look at the schema, then record where it really is with 'athanor stamp --purge <revision>...'`,
      { revisions: [a.id, later.id] },
    );
  }
  return out;
}

/**
 * Two of `revs` on one line of descent (the first and its descendant), which
 * one database can't be at together; null when there are none. Along
 * down-revisions only: a revision's dependencies may have rows of their own,
 * as Alembic keeps them.
 */
export function sameLineOfDescent<S extends RevisionSource>(
  map: RevisionMap<S>,
  revs: readonly (Revision<S> | null)[],
): [Revision<S>, Revision<S>] | null {
  for (const a of revs) {
    const later = a && revs.find((b) => b !== null && b !== a && map.isAncestor(a, b, { dependencies: false }));
    if (a && later) return [a, later];
  }
  return null;
}

/**
 * Steps to upgrade from `currentHeads` to `target` (`head`, `heads`, an id,
 * `label@head`, `+N`, `label@+N`, `rev+N`, `rev-N`, or a list of ids), oldest
 * first. Revisions of other branches that the target depends on are
 * included (Alembic `implicit_base`).
 */
export function planUpgrade<S extends RevisionSource>(
  map: RevisionMap<S>,
  target: RevisionTarget,
  currentHeads: Iterable<string>,
  options: PlanOptions = {},
): RevisionStep<S>[] {
  const current = resolveCurrentHeads(map, currentHeads).map((r) => r.id);
  const opts: IterateOptions = { implicitBase: true, ...options };
  try {
    return iterateRevisions(map, target, current, opts).reverse().map(upgradeStep);
  } catch (e) {
    if (isRangeNotAncestor(e)) {
      throw new PlanningError(
        "GRAPH.INVALID_UPGRADE_TARGET",
        `Destination ${describeTarget(target)} is not a valid upgrade target from current head(s) (${current.length > 0 ? current.join(", ") : "base"})`,
        { symbol: describeTarget(target), revisions: current },
      );
    }
    throw e;
  }
}

/**
 * Steps to downgrade from `currentHeads` to `target` (`base`, `-N`, an id,
 * `label@<rev>`, `label@-N`, `label@base`, `base+N`, `rev-N`), newest first.
 * Everything above the target that is applied is undone, including
 * revisions of other branches that depend on it.
 */
export function planDowngrade<S extends RevisionSource>(
  map: RevisionMap<S>,
  target: string | null,
  currentHeads: Iterable<string>,
  options: PlanOptions = {},
): RevisionStep<S>[] {
  const current = resolveCurrentHeads(map, currentHeads).map((r) => r.id);
  const opts: IterateOptions = { selectForDowngrade: true, ...options };
  try {
    return iterateRevisions(map, current, target ?? "base", opts).map(downgradeStep);
  } catch (e) {
    if (isRangeNotAncestor(e)) {
      throw new PlanningError(
        "GRAPH.INVALID_DOWNGRADE_TARGET",
        `Destination ${target ?? "base"} is not a valid downgrade target from current head(s) (${current.length > 0 ? current.join(", ") : "base"})`,
        { symbol: target ?? "base", revisions: current },
      );
    }
    throw e;
  }
}

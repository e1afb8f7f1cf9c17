/**
 * Alembic's `RevisionMap.iterate_revisions` and the two collectors behind it
 * (`_collect_upgrade_revisions`, `_collect_downgrade_revisions`) with their
 * target parsers (`_parse_upgrade_target`, `_parse_downgrade_target`).
 *
 * `iterateRevisions(map, upper, lower)` returns revisions newest-first:
 * upgrade plans reverse it, downgrade plans and history use it as is.
 */
import { GraphError, PlanningError, RelativeWalkError, ResolutionError } from "./errors.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
import {
  filterForLineage,
  getRevision,
  getRevisionsRaw,
  parseRelative,
  resolveBranch,
  type WalkPosition,
  walk,
} from "./target-grammar.js";
import { topologicalSort } from "./topological-sort.js";

/** A symbol, a list of symbols (or ids), or null for base. */
export type RevisionTarget = string | readonly string[] | null;

export interface IterateOptions {
  /** Upgrade side: include every ancestor of the targets, not only descendants of `lower` (Alembic `implicit_base`). */
  readonly implicitBase?: boolean;
  /** Include the lower revision(s) themselves. */
  readonly inclusive?: boolean;
  /** Fail when a relative symbol cannot take all its steps (false clamps instead). Default true. */
  readonly assertRelativeLength?: boolean;
  /** Collect a downgrade (upper = current heads, lower = target) instead of an upgrade. */
  readonly selectForDowngrade?: boolean;
  /**
   * `-N` with several current heads: Alembic 1.8 warns and walks from the
   * first one (the order of version-table rows). Athanor raises
   * GRAPH.AMBIGUOUS_RELATIVE by default; "first" restores Alembic's behaviour.
   */
  readonly ambiguousRelative?: "error" | "first";
}

/** Thrown internally; planners turn it into their own message. */
export class RangeNotAncestorError extends PlanningError {
  readonly lower: string;
  readonly upper: string;
  constructor(lower: string, upper: string) {
    super(
      "GRAPH.RANGE_NOT_ANCESTOR",
      `Requested range ${lower}:${upper} does not refer to ancestor/descendant revisions along the same branch (${lower} is not an ancestor of ${upper})`,
      { symbol: `${lower}:${upper}` },
    );
    this.name = "RangeNotAncestorError";
    this.lower = lower;
    this.upper = upper;
  }
}

export function describeTarget(t: RevisionTarget): string {
  if (t === null) return "base";
  if (typeof t === "string") return t;
  return t.length === 0 ? "base" : t.join(", ");
}

function toList(t: RevisionTarget): string[] {
  if (t === null) return [];
  if (typeof t === "string") return [t];
  return [...t];
}

/** Revisions between `upper` and `lower`, newest first (Alembic `iterate_revisions`). */
export function iterateRevisions<S extends RevisionSource>(
  map: RevisionMap<S>,
  upper: RevisionTarget,
  lower: RevisionTarget,
  options: IterateOptions = {},
): Revision<S>[] {
  const { revisions, heads } = options.selectForDowngrade
    ? collectDowngradeRevisions(map, upper, lower, options)
    : collectUpgradeRevisions(map, upper, lower, options);
  return topologicalSort(map, revisions, heads);
}

// ---------------------------------------------------------------------------- downgrade

/** Where a downgrade goes: everything applied above `revision` (null = base) is undone. */
export interface DowngradeTarget<S extends RevisionSource> {
  readonly branch: string | null;
  readonly revision: Revision<S> | null;
  /**
   * Undo `revision` itself too: `-N` that ends on a merge point's parents
   * undoes the merge point (the version table then records its parents).
   */
  readonly undoRevision?: boolean;
}

/** Alembic `_parse_downgrade_target`: the branch restriction and the target revision (null = base). */
export function parseDowngradeTarget<S extends RevisionSource>(
  map: RevisionMap<S>,
  current: RevisionTarget,
  target: RevisionTarget,
  options: IterateOptions,
): DowngradeTarget<S> {
  if (target === null) return { branch: null, revision: null };
  if (typeof target !== "string") {
    if (target.length === 0) return { branch: null, revision: null };
    if (target.length > 1) {
      throw new ResolutionError(
        "GRAPH.INVALID_SYMBOL",
        `A downgrade needs a single target, not ${target.join(", ")}`,
        { symbol: target.join(", ") },
      );
    }
    return parseDowngradeTarget(map, current, target[0] as string, options);
  }
  const assertLength = options.assertRelativeLength ?? true;
  const rel = parseRelative(target);
  if (rel) {
    let { branch, symbol } = rel;
    if (branch) resolveBranch(map, branch);
    const steps = rel.steps;
    if (steps >= 0) {
      if (symbol === null) {
        throw new RelativeWalkError(
          "GRAPH.INVALID_SYMBOL",
          `Relative revision ${rel.relative} didn't produce ${Math.abs(steps)} migrations: a downgrade takes -N (N steps down from the current revision) or <revision>+N`,
          { symbol: target },
        );
      }
      const w = walk(map, symbol, steps, branch, assertLength);
      if (w.position === null) throw walkedTooFar(target, w.stepsTaken, steps);
      return { branch, revision: w.position === "base" ? null : w.position };
    }
    const fromCurrent = symbol === null;
    if (symbol === null) {
      const cur = unique(toList(current));
      if (branch) {
        let onBranch = filterForLineage(map, cur, branch, false);
        if (onBranch.length === 0) {
          const all = map.allCurrent(cur.filter((c) => map.has(c)));
          onBranch = filterForLineage(map, all, branch, false).map((r) => r.id);
        }
        if (onBranch.length === 0) {
          throw new ResolutionError(
            "GRAPH.NOT_IN_BRANCH",
            `No current revision is on branch '${branch}' (current: ${cur.length > 0 ? cur.join(", ") : "none"}), so '${target}' has nowhere to start`,
            { symbol: target, branch },
          );
        }
        if (onBranch.length > 1) {
          throw new RelativeWalkError(
            "GRAPH.AMBIGUOUS_RELATIVE",
            `'${target}' is ambiguous: several current revisions are on branch '${branch}' (${onBranch.join(", ")}); run ${downgradeEach(onBranch, rel.relative)}`,
            { symbol: target, branch, candidates: onBranch },
          );
        }
        symbol = onBranch[0] as string;
      } else {
        if (cur.length === 0) {
          throw new RelativeWalkError(
            "GRAPH.RELATIVE_TOO_FAR",
            `Relative revision ${rel.relative} didn't produce ${Math.abs(steps)} migrations: there is no current revision`,
            { symbol: target },
          );
        }
        if (cur.length > 1 && options.ambiguousRelative !== "first") {
          throw new RelativeWalkError(
            "GRAPH.AMBIGUOUS_RELATIVE",
            `Downgrade ${target} from multiple heads is ambiguous (current heads: ${cur.join(", ")}); run ${downgradeEach(cur, rel.relative)}`,
            { symbol: target, candidates: cur },
          );
        }
        symbol = cur[0] as string;
        // restrict the iteration to the selected line
        branch = symbol;
      }
    }
    const start = branch === null ? getRevision(map, symbol) : getRevision(map, `${branch}@${symbol}`);
    if (fromCurrent && start !== null) {
      const unmerge = downFromCurrent(start, -steps, rel.branch);
      if (unmerge) return { branch, revision: unmerge, undoRevision: true };
    }
    const w = walk(map, start, steps, null, assertLength);
    if (w.position === null) {
      if (fromCurrent) {
        throw new RelativeWalkError(
          "GRAPH.RELATIVE_TOO_FAR",
          `Relative revision ${rel.relative} didn't produce ${Math.abs(steps)} migrations: only ${w.stepsTaken} can be undone from ${start ? start.id : "base"}`,
          { symbol: target },
        );
      }
      throw walkedTooFar(target, w.stepsTaken, steps);
    }
    return { branch, revision: w.position === "base" ? null : w.position };
  }
  const at = target.lastIndexOf("@");
  const branch = at > 0 ? target.slice(0, at) : null;
  // resolved with its branch: `shop@<rev>` checks <rev> is on branch shop, `feat@head` is feat's head (not the
  // graph's); `<rev>@<rev>` stays as Alembic takes it, the revision after the @ whatever its relation
  const suffix = target.slice(at + 1);
  const scoped = branch !== null && (/^(head|heads|base)$/.test(suffix) || !map.has(branch));
  return { branch, revision: getRevision(map, scoped ? target : suffix) };
}

/** `'athanor downgrade h1@-1' or 'athanor downgrade h2@-1'`: one exact command per current head. */
function downgradeEach(heads: readonly string[], relative: string): string {
  return heads.map((h) => `'athanor downgrade ${h}@${relative}'`).join(" or ");
}

/**
 * `-N` from the current revision down a line that meets a merge point:
 * with one step left there, the merge point is what is undone (its parents
 * stay: the version table's unmerge); with more, which parent's line to
 * follow is the user's choice, so the error gives the commands. Null when
 * the walk meets no merge point (the ordinary walk applies).
 */
function downFromCurrent<S extends RevisionSource>(start: Revision<S>, count: number, label: string | null): Revision<S> | null {
  let pos = start;
  for (let taken = 0; taken < count; taken++) {
    if (pos._down.length > 1) {
      const left = count - taken;
      if (left === 1) return pos;
      const prefix = label ? `${label}@` : "";
      const parents = pos._down.map((p) => p.id);
      throw new RelativeWalkError(
        "GRAPH.AMBIGUOUS_WALK",
        `Ambiguous walk: ${prefix}-${count} goes below merge point ${pos.id} (${parents.join(", ")}); run 'athanor downgrade ${prefix}-${taken + 1}' to unmerge it, then ${downgradeEach(parents, `-${left - 1}`)}`,
        { revisions: [pos.id], candidates: parents },
      );
    }
    const down = pos._down[0];
    if (down === undefined) return null;
    pos = down;
  }
  return null;
}

function walkedTooFar(symbol: string, taken: number, steps: number): RelativeWalkError {
  return new RelativeWalkError(
    "GRAPH.WALKED_TOO_FAR",
    `Walked too far: '${symbol}' asks for ${Math.abs(steps)} step(s) ${steps > 0 ? "up" : "down"} but only ${taken} are possible`,
    { symbol },
  );
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Alembic `_collect_downgrade_revisions`. */
export function collectDowngradeRevisions<S extends RevisionSource>(
  map: RevisionMap<S>,
  upper: RevisionTarget,
  target: RevisionTarget,
  options: IterateOptions = {},
): { revisions: Set<Revision<S>>; heads: Revision<S>[] } {
  const { branch, revision, undoRevision } = parseDowngradeTarget(map, upper, target, options);
  let roots: Revision<S>[];
  if (revision === null) roots = map.revisions().filter((r) => r.downRevisions.length === 0);
  else if (options.inclusive || undoRevision) roots = [revision];
  else roots = revision._next.slice();

  if (branch && roots.length > 1) {
    const branchRev = resolveBranch(map, branch);
    roots = roots.filter((r) => map.isAncestorNode(r, branchRev, false));
    if (roots.length === 0) {
      throw new PlanningError(
        "GRAPH.INVALID_DOWNGRADE_TARGET",
        `Not a valid downgrade target from current heads: nothing above ${revision ? revision.id : "base"} is on branch '${branch}'`,
        { symbol: describeTarget(target), branch },
      );
    }
  }

  const heads = positions(getRevisionsRaw(map, upper));
  const drop = map._descendants(roots, true);
  const active = map._ancestors(heads, true);
  const revisions = new Set<Revision<S>>();
  for (const r of drop) if (active.has(r)) revisions.add(r);
  if (options.implicitBase) {
    const rootAnc = map._ancestors(roots, true);
    for (const r of active) if (!rootAnc.has(r)) revisions.add(r);
  }
  // Nothing to drop is fine when the target is a current head; otherwise the
  // target is unreachable, or applied only because a revision of another line
  // depends on it (Alembic refuses both as "not a valid downgrade target").
  if (revision !== null && revisions.size === 0 && !heads.includes(revision)) {
    if (active.has(revision)) throw appliedAsDependency(map, revision, active);
    throw new RangeNotAncestorError(revision.id, describeTarget(upper));
  }
  return { revisions, heads };
}

/**
 * The target is applied but nothing above it on its own line is: it is held
 * by revisions that depend on it. Undoing those would be a downgrade of other
 * lines than the one named, so say which and how.
 */
function appliedAsDependency<S extends RevisionSource>(
  map: RevisionMap<S>,
  target: Revision<S>,
  active: ReadonlySet<Revision<S>>,
): PlanningError {
  const direct = target._allNext.filter((r) => active.has(r) && !target._next.includes(r));
  const dependents = direct.filter((d) => !direct.some((o) => o !== d && map.isAncestorNode(o, d, true)));
  const names = dependents.map((d) => d.id);
  const commands = dependents.map((d) => `'athanor downgrade ${undoOnly(map, d)}'`);
  return new PlanningError(
    "GRAPH.INVALID_DOWNGRADE_TARGET",
    `Can't downgrade to ${target.id}: nothing above it on its own line is applied; it is applied only because ${names.join(", ")} ${names.length === 1 ? "depends" : "depend"} on it. To undo ${names.length === 1 ? "that" : "them"}, run ${commands.join(" and ")}`,
    { symbol: target.id, revisions: names },
  );
}

/**
 * A downgrade target that undoes `rev` and what stands on it, nothing else:
 * `rev@parent`, with a parent that no other child on the way to `rev`
 * shares (one that is not below another parent), or `rev@base` for a root.
 */
function undoOnly<S extends RevisionSource>(map: RevisionMap<S>, rev: Revision<S>): string {
  const parents = rev._down;
  const p = parents.find((x) => !parents.some((q) => q !== x && map.isAncestorNode(x, q, false)));
  return `${rev.id}@${p ? p.id : "base"}`;
}

function positions<S extends RevisionSource>(raw: WalkPosition<S>[]): Revision<S>[] {
  return raw.filter((r): r is Revision<S> => r !== null && r !== "base");
}

// ---------------------------------------------------------------------------- upgrade

/** Alembic `_parse_upgrade_target`: the revisions to upgrade to ("base" entries mean nothing). */
export function parseUpgradeTarget<S extends RevisionSource>(
  map: RevisionMap<S>,
  current: RevisionTarget,
  target: RevisionTarget,
  options: IterateOptions,
): WalkPosition<S>[] {
  const rel = typeof target === "string" ? parseRelative(target) : null;
  if (!rel || typeof target !== "string") return getRevisionsRaw(map, target);
  const assertLength = options.assertRelativeLength ?? true;
  const { branch, symbol, steps } = rel;
  if (branch) resolveBranch(map, branch);
  if (steps > 0) {
    if (symbol === null) {
      const cur = toList(current);
      let starts: (string | Revision<S> | null)[] = cur.length > 0 ? cur : [null];
      if (branch) {
        const curRevs = positions(getRevisionsRaw(map, cur));
        let onBranch: (string | Revision<S> | null)[] = filterForLineage(map, curRevs, branch, false);
        if (onBranch.length === 0) {
          // the branch is not at a current head: start from its newest applied revision
          const active = filterForLineage(map, map._ancestors(curRevs, true), branch, false);
          const below = new Set<Revision<S>>();
          for (const r of active) for (const d of r._normDown) below.add(d);
          onBranch = active.filter((r) => !below.has(r)).sort((a, b) => a.index - b.index);
          if (onBranch.length === 0) onBranch = [null];
        }
        starts = onBranch;
      }
      if (starts.length > 1) {
        const ids = starts.map((s) => (s === null ? "base" : typeof s === "string" ? s : s.id));
        throw new RelativeWalkError(
          "GRAPH.AMBIGUOUS_RELATIVE",
          `Ambiguous upgrade from multiple current revisions (${ids.join(", ")}): run ${ids.map((id) => `'athanor upgrade ${id === "base" ? "" : `${id}@`}${rel.relative}'`).join(" or ")}`,
          { symbol: target, candidates: ids },
        );
      }
      const start = starts[0] ?? null;
      const w = walk(map, start, steps, branch, assertLength);
      if (w.position === null) {
        const from = start === null ? "base" : typeof start === "string" ? start : start.id;
        throw new RelativeWalkError(
          "GRAPH.RELATIVE_TOO_FAR",
          `Relative revision ${rel.relative} didn't produce ${steps} migrations: only ${w.stepsTaken} revision(s) are above ${from}${branch ? ` on branch '${branch}'` : ""}`,
          { symbol: target, ...(branch ? { branch } : {}) },
        );
      }
      return [w.position];
    }
    const w = walk(map, getRevision(map, symbol), steps, branch, assertLength);
    if (w.position === null) throw walkedTooFar(target, w.stepsTaken, steps);
    return [w.position];
  }
  if (symbol === null) {
    throw new RelativeWalkError(
      "GRAPH.INVALID_SYMBOL",
      `Relative revision ${steps} didn't produce ${Math.abs(steps)} migrations: an upgrade takes +N (N steps up from the current revision) or <revision>-N`,
      { symbol: target },
    );
  }
  const start = branch === null ? getRevision(map, symbol) : getRevision(map, `${branch}@${symbol}`);
  const w = walk(map, start, steps, null, assertLength);
  if (w.position === null) throw walkedTooFar(target, w.stepsTaken, steps);
  return [w.position];
}

/** Alembic `_collect_upgrade_revisions`. */
export function collectUpgradeRevisions<S extends RevisionSource>(
  map: RevisionMap<S>,
  upper: RevisionTarget,
  lower: RevisionTarget,
  options: IterateOptions = {},
): { revisions: Set<Revision<S>>; heads: Revision<S>[] } {
  const implicitBase = options.implicitBase ?? false;
  const raw = parseUpgradeTarget(map, lower, upper, options);
  let targets = positions(raw);

  if (typeof lower === "string" && lower.includes("@")) {
    const branch = lower.slice(0, lower.indexOf("@"));
    if (branch !== "") targets = filterTargetsToBranch(map, targets, branch);
  }

  const required = map._relatedChecked(targets, true, true);

  let current: WalkPosition<S>[] = getRevisionsRaw(map, lower);
  if (current.length > 0 && current[0] === null) {
    // `lower` is relative and walked past the bases from the map's heads: take it relative to `upper`
    const { revision } = parseDowngradeTarget(
      map,
      targets.map((t) => t.id),
      typeof lower === "string" ? lower : null,
      options,
    );
    current = revision === null ? [] : [revision];
  }
  const currentRevs = positions(current);
  if (!implicitBase && currentRevs.some((r) => !required.has(r))) {
    throw new RangeNotAncestorError(describeTarget(lower), describeTarget(upper));
  }
  const currentSet = map._relatedChecked(currentRevs, true, true);
  const needs = new Set<Revision<S>>();
  for (const r of required) if (!currentSet.has(r)) needs.add(r);
  if (options.inclusive) for (const r of currentRevs) needs.add(r);
  if (currentRevs.length > 0 && !implicitBase) {
    const below = map._relatedChecked(currentRevs, false, false);
    for (const r of needs) if (!below.has(r)) needs.delete(r);
  }
  return { revisions: needs, heads: targets };
}

/**
 * `branch@...` on the lower side keeps only targets on that branch. Alembic
 * accepts a label, or a revision id that carries exactly one label (it fails
 * otherwise); any other revision is treated as "targets on its lineage".
 */
export function filterTargetsToBranch<S extends RevisionSource>(
  map: RevisionMap<S>,
  targets: Revision<S>[],
  branch: string,
): Revision<S>[] {
  let label: string | null = map.branchLabelOwner(branch) ? branch : null;
  if (label === null) {
    const rev = getRevision(map, branch);
    if (rev === null) return targets;
    if (rev.branchLabels.length === 1) label = rev.branchLabels[0] as string;
    else return targets.filter((t) => map.isAncestorNode(t, rev, false) || map.isAncestorNode(rev, t, false));
  }
  const l = label;
  return targets.filter((t) => t.branchLabels.includes(l));
}

/** True when `e` is the internal range error planners translate. */
export function isRangeNotAncestor(e: unknown): e is RangeNotAncestorError {
  return e instanceof GraphError && e.code === "GRAPH.RANGE_NOT_ANCESTOR";
}

/**
 * Stamp planning (Alembic `ScriptDirectory._stamp_revs`): version-table moves
 * that make the table record `targets` without running any migration.
 *
 * For each destination: `base` deletes the heads on its lineage; a revision
 * already recorded is left alone; a revision below recorded heads moves
 * those heads down to it (one step, merging rows); a revision above recorded
 * heads moves them up to it; otherwise it is inserted as a new branch.
 *
 * Deliberate difference from Alembic: a step only takes the recorded heads
 * that are actually below (or above) its destination. Alembic takes every
 * head on the lineage of any requested symbol, so e.g. `stamp heads` from
 * (d1, c2) in a two-branch history deletes d1 instead of keeping it.
 *
 * Relative symbols (`-1`, `+1`, `shop@-1`, `ae10@-2`, `head-1`) are refused,
 * as Alembic refuses them: resolved without the database they would count
 * from the history's heads, so `stamp -1` on a database below the head moved
 * it up, and `<revision>@-N` (no such label) stamped base.
 */
import { ResolutionError } from "./errors.js";
import type { RevisionTarget } from "./iterate-revisions.js";
import { type StampStep, stampStep } from "./migration-step.js";
import { resolveCurrentHeads, sameLineOfDescent } from "./plan-migrations.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
import { filterForLineage, getRevisionsRaw, parseRelative } from "./target-grammar.js";

export interface StampOptions {
  /** The version table is emptied first: plan as if no head were recorded. */
  readonly purge?: boolean;
}

export function planStamp<S extends RevisionSource>(
  map: RevisionMap<S>,
  targets: RevisionTarget,
  currentHeads: Iterable<string>,
  options: StampOptions = {},
): StampStep[] {
  const heads = options.purge ? [] : resolveCurrentHeads(map, currentHeads);
  let symbols = targets === null ? [] : typeof targets === "string" ? [targets] : [...targets];
  symbols = symbols.filter((s) => s !== "");
  if (symbols.length === 0) symbols = ["base"];
  for (const sym of symbols) {
    if (parseRelative(sym) === null) continue;
    throw new ResolutionError(
      "GRAPH.INVALID_SYMBOL",
      `Can't stamp '${sym}': stamp records revisions, not relative steps; name the revision to record (e.g. 'athanor stamp <revision>'; 'athanor history -i' shows where the database is)`,
      { symbol: sym },
    );
  }

  const filtered: Revision<S>[] = [];
  for (const sym of symbols) {
    for (const h of filterForLineage(map, heads, sym, true)) if (!filtered.includes(h)) filtered.push(h);
  }

  const raw = getRevisionsRaw(map, symbols);
  if (raw.some((r) => r === null)) {
    throw new ResolutionError("GRAPH.RELATIVE_TOO_FAR", `Stamp target '${symbols.join(" ")}' walks past the base of the revision history`, {
      symbol: symbols.join(" "),
    });
  }

  const dests: (Revision<S> | null)[] = raw.length === 0 ? [null] : raw.map((r) => (r === "base" || r === null ? null : r));
  // one line of descent is at one revision: a table stamped with two of them is one every later command refuses
  const pair = sameLineOfDescent(map, dests);
  if (pair) {
    const [a, later] = pair;
    throw new ResolutionError(
      "GRAPH.OVERLAPPING_REVISIONS",
      `Can't stamp ${a.id} and ${later.id} together: ${later.id} is a descendant of ${a.id}, and one line of descent is at one revision; stamp ${later.id} alone`,
      { revisions: [a.id, later.id] },
    );
  }
  const steps: StampStep[] = [];
  const done = new Set<Revision<S>>();
  for (const dest of dests) {
    if (dest === null) {
      for (const h of filtered) steps.push(stampStep([h.id], [], "down", true));
      continue;
    }
    if (done.has(dest)) continue;
    done.add(dest);
    if (filtered.includes(dest)) continue;
    const above = filtered.filter((h) => map.isAncestorNode(dest, h, true));
    const below = filtered.filter((h) => map.isAncestorNode(h, dest, true));
    if (above.length > 0 && below.length > 0) {
      throw new ResolutionError(
        "GRAPH.OVERLAPPING_REVISIONS",
        `Can't stamp ${dest.id}: the version table holds both ${below.map((r) => r.id).join(", ")} (below it) and ${above.map((r) => r.id).join(", ")} (above it), which overlap`,
        { revisions: [dest.id, ...below.map((r) => r.id), ...above.map((r) => r.id)] },
      );
    }
    if (above.length > 0) steps.push(stampStep(above.map((r) => r.id), [dest.id], "down", false));
    else if (below.length > 0) steps.push(stampStep(below.map((r) => r.id), [dest.id], "up", false));
    else steps.push(stampStep([], [dest.id], "up", true));
  }
  return steps;
}

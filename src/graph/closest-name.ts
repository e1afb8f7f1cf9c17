/**
 * "Did you mean ...?" for a symbol that names nothing: the closest of the
 * names a target can take (`head`, `heads`, `base`, branch labels, revision
 * ids), by edit distance counting a swap of two neighbours as one edit.
 */
import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
import { editDistance } from "../util/edit-distance.js";

const SYMBOLS = ["head", "heads", "base"] as const;

/** The closest name to `wanted` (at most 1 edit for short names, 2 otherwise), or undefined. */
export function closestName<S extends RevisionSource>(
  map: RevisionMap<S>,
  wanted: string,
  kinds: { symbols?: boolean; labels?: boolean; ids?: boolean } = {},
): string | undefined {
  const limit = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  const consider = (name: string) => {
    if (name === wanted || Math.abs(name.length - wanted.length) >= bestDistance) return;
    const d = editDistance(wanted, name, bestDistance);
    // a third of the name may differ at most: 'x' is not a typo of 'a'
    if (d < bestDistance && d * 3 <= wanted.length) {
      best = name;
      bestDistance = d;
    }
  };
  if (kinds.symbols !== false) for (const s of SYMBOLS) consider(s);
  if (kinds.labels !== false) for (const label of map.branchLabels().keys()) consider(label);
  if (kinds.ids !== false) for (const rev of map.revisions()) consider(rev.id);
  return best;
}

/** `; did you mean 'x'?` or "". */
export function didYouMean(name: string | undefined): string {
  return name === undefined ? "" : `; did you mean '${name}'?`;
}

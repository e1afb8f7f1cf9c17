/**
 * "Did you mean ...?" for a symbol that names nothing: the closest of the
 * names a target can take (`head`, `heads`, `base`, branch labels, revision
 * ids), by edit distance counting a swap of two neighbours as one edit.
 */
import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";

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

/** Optimal string alignment distance; any value >= `cap` is reported as `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    before = prev;
    prev = cur;
  }
  return Math.min(prev[n] as number, cap);
}

/** `; did you mean 'x'?` or "". */
export function didYouMean(name: string | undefined): string {
  return name === undefined ? "" : `; did you mean '${name}'?`;
}

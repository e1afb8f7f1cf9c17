/**
 * Edit distance for "did you mean" suggestions (revision names, config settings): a swap of two neighbours
 * counts as one edit.
 */

/** Optimal string alignment distance; any value >= `cap` is reported as `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
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

/** The closest of `names` to `wanted` (at most 1 edit for names of 4 characters or fewer, else 2), or undefined. */
export function closestOf(wanted: string, names: readonly string[]): string | undefined {
  const limit = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (name === wanted) continue;
    const d = editDistance(wanted, name, bestDistance);
    if (d < bestDistance && d * 3 <= wanted.length) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

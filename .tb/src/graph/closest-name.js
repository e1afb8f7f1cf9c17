const SYMBOLS = ["head", "heads", "base"];
/** The closest name to `wanted` (at most 1 edit for short names, 2 otherwise), or undefined. */
export function closestName(map, wanted, kinds = {}) {
    const limit = wanted.length <= 4 ? 1 : 2;
    let best;
    let bestDistance = limit + 1;
    const consider = (name) => {
        if (name === wanted || Math.abs(name.length - wanted.length) >= bestDistance)
            return;
        const d = editDistance(wanted, name, bestDistance);
        // a third of the name may differ at most: 'x' is not a typo of 'a'
        if (d < bestDistance && d * 3 <= wanted.length) {
            best = name;
            bestDistance = d;
        }
    };
    if (kinds.symbols !== false)
        for (const s of SYMBOLS)
            consider(s);
    if (kinds.labels !== false)
        for (const label of map.branchLabels().keys())
            consider(label);
    if (kinds.ids !== false)
        for (const rev of map.revisions())
            consider(rev.id);
    return best;
}
/** Optimal string alignment distance; any value >= `cap` is reported as `cap`. */
function editDistance(a, b, cap) {
    const n = b.length;
    let before = new Array(n + 1).fill(0);
    let prev = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = new Array(n + 1).fill(0);
        cur[0] = i;
        let rowMin = i;
        for (let j = 1; j <= n; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            cur[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        if (rowMin >= cap)
            return cap;
        before = prev;
        prev = cur;
    }
    return Math.min(prev[n], cap);
}
/** `; did you mean 'x'?` or "". */
export function didYouMean(name) {
    return name === undefined ? "" : `; did you mean '${name}'?`;
}

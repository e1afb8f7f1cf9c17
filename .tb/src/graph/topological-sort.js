export function topologicalSort(map, revisions, heads) {
    const todo = new Set(revisions);
    const current = [...new Set([...heads].filter((h) => todo.has(h)))].sort((a, b) => a.index - b.index);
    const inCurrent = new Set(current);
    const output = [];
    let idx = 0;
    // Each pass emits a revision or moves to a line strictly above; this bound
    // can only be hit if the graph were cyclic, which RevisionMap rules out.
    let budget = (todo.size + 1) * (current.length + todo.size + 2);
    while (current.length > 0) {
        if (--budget < 0)
            throw new Error("topologicalSort: no progress (cyclic graph?)");
        const candidate = current[idx];
        let switched = false;
        if (current.length > 1) {
            for (let i = 0; i < current.length; i++) {
                if (i !== idx && map.isAncestorNode(candidate, current[i], true)) {
                    // another pending line still needs this revision: drain that one first
                    idx = i;
                    switched = true;
                    break;
                }
            }
        }
        if (switched)
            continue;
        if (todo.delete(candidate))
            output.push(candidate);
        inCurrent.delete(candidate);
        let replaced = false;
        for (const r of candidate._normDown) {
            if (!todo.has(r) || inCurrent.has(r))
                continue;
            inCurrent.add(r);
            if (replaced)
                current.push(r);
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
        return all.sort((a, b) => rank[b.index] - rank[a.index]);
    }
    return output;
}

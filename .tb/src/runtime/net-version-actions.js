export function netVersionActions(actions) {
    const removed = new Set();
    const added = new Set();
    const remove = (rev) => {
        if (added.has(rev))
            added.delete(rev);
        else
            removed.add(rev);
    };
    const insert = (rev) => {
        if (removed.has(rev))
            removed.delete(rev);
        else
            added.add(rev);
    };
    for (const a of actions) {
        if (a.kind === "insert")
            insert(a.rev);
        else if (a.kind === "delete")
            remove(a.rev);
        else {
            remove(a.from);
            insert(a.to);
        }
    }
    return [...[...removed].map((rev) => ({ kind: "delete", rev })), ...[...added].map((rev) => ({ kind: "insert", rev }))];
}

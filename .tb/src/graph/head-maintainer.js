/**
 * Alembic's `HeadMaintainer` as pure logic. The version table holds one row
 * per head; for each step this decides which rows to INSERT, UPDATE or
 * DELETE, and tracks the resulting set of heads. The runtime executes the
 * actions as SQL (checking that each UPDATE/DELETE touches exactly one row).
 *
 *   upgrade, parents absent (base / new branch)      INSERT rev
 *   upgrade, one parent present                      UPDATE parent -> rev
 *   upgrade of a merge, several parents present      DELETE all but one, UPDATE last -> rev
 *   downgrade, parents still implied by other heads  DELETE rev (branch goes away)
 *   downgrade of a merge                             INSERT extra parents, UPDATE rev -> one parent
 *   downgrade otherwise                              UPDATE rev -> parent
 *
 * Stamp steps follow Alembic's `StampStep` the same way.
 */
import { VersionTableError } from "./errors.js";
export class HeadMaintainer {
    map;
    current;
    constructor(map, heads) {
        this.map = map;
        this.current = new Set(heads);
    }
    /** The heads the version table holds now, in insertion order. */
    get heads() {
        return [...this.current];
    }
    /** Applies a step; returns the version-table actions, in order. */
    updateToStep(step) {
        const planned = step.type === "revision" ? this.revisionActions(step) : this.stampActions(step);
        for (const a of planned)
            this.apply(a, step);
        return planned;
    }
    apply(a, step) {
        const h = this.current;
        const fail = (why) => {
            const what = step.type === "revision" ? `${step.direction === "up" ? "upgrade" : "downgrade"} of ${step.revision.id}` : `stamp ${step.fromRevisions.join(", ") || "base"} -> ${step.toRevisions.join(", ") || "base"}`;
            return new VersionTableError(`Can't apply ${what} to the version table: ${why} (version table holds: ${h.size > 0 ? [...h].join(", ") : "nothing"})`, { revisions: [...h] });
        };
        if (a.kind === "insert") {
            if (h.has(a.rev))
                throw fail(`${a.rev} is already present`);
            h.add(a.rev);
        }
        else if (a.kind === "delete") {
            if (!h.delete(a.rev))
                throw fail(`${a.rev} is not present`);
        }
        else {
            if (!h.has(a.from))
                throw fail(`${a.from} is not present`);
            if (a.from !== a.to && h.has(a.to))
                throw fail(`${a.to} is already present`);
            h.delete(a.from);
            h.add(a.to);
        }
    }
    node(id) {
        const rev = this.map.get(id);
        if (!rev)
            throw new VersionTableError(`The version table lists revision '${id}', which is not in the revision scripts`, { revisions: [id] });
        return rev;
    }
    /** `candidates` minus anything that another head (besides `except`) already implies. */
    notImpliedByOthers(candidates, except) {
        const others = [...this.current].filter((h) => !except.has(h)).map((h) => this.node(h));
        if (others.length === 0)
            return [...candidates];
        return candidates.filter((c) => {
            const rev = this.node(c);
            return !others.some((o) => this.map.isAncestorNode(rev, o, true));
        });
    }
    /** Drops the revisions that are ancestors of another one in the list. */
    notImplied(revs) {
        if (revs.length < 2)
            return revs;
        const nodes = revs.map((id) => this.node(id));
        return revs.filter((_, i) => !nodes.some((o, j) => j !== i && this.map.isAncestorNode(nodes[i], o, true)));
    }
    revisionActions(step) {
        const rev = step.revision;
        const h = this.current;
        const downs = rev.normalizedDownRevisions;
        if (step.direction === "down") {
            if (h.has(rev.id)) {
                // should_delete_branch / should_unmerge_branches: the parents that stay
                // recorded are those no other head and no other parent already implies
                // (the latter is Alembic's fix for #1373, generalised)
                const to = downs.length === 0 ? [] : this.notImplied(this.notImpliedByOthers(downs, new Set([rev.id])));
                if (to.length === 0)
                    return [{ kind: "delete", rev: rev.id }];
                if (downs.length > 1) {
                    const last = to[to.length - 1];
                    return [
                        ...to.slice(0, -1).map((r) => ({ kind: "insert", rev: r })),
                        { kind: "update", from: rev.id, to: last },
                    ];
                }
            }
            return [{ kind: "update", from: rev.id, to: this.singleDown(rev) }];
        }
        const present = downs.filter((d) => h.has(d));
        if (present.length === 0)
            return [{ kind: "insert", rev: rev.id }];
        if (downs.length > 1 && present.length > 1) {
            // should_merge_branches: keep the parents no other head implies, fold them into rev
            let from = this.notImpliedByOthers(downs, new Set(downs)).filter((d) => h.has(d));
            if (from.length === 0)
                from = present;
            const last = from[from.length - 1];
            return [
                ...from.slice(0, -1).map((r) => ({ kind: "delete", rev: r })),
                { kind: "update", from: last, to: rev.id },
            ];
        }
        return [{ kind: "update", from: this.singleDown(rev), to: rev.id }];
    }
    /** Alembic `update_version_num`: the one down revision to move along. */
    singleDown(rev) {
        const downs = rev.normalizedDownRevisions;
        if (downs.length === 1)
            return downs[0];
        const present = downs.filter((d) => this.current.has(d));
        if (present.length !== 1) {
            throw new VersionTableError(`Can't do an UPDATE for ${rev.id}: its down revisions (${downs.join(", ") || "none"}) are ${present.length === 0 ? "not in the version table" : "ambiguous"} (version table holds: ${[...this.current].join(", ") || "nothing"})`, { revisions: [rev.id] });
        }
        return present[0];
    }
    stampActions(step) {
        const h = this.current;
        const from = step.fromRevisions;
        const to = step.toRevisions;
        if (step.direction === "down" && step.branchMove) {
            return [{ kind: "delete", rev: from[0] }];
        }
        if (step.direction === "up" &&
            (step.branchMove || from.some((f) => !h.has(f))) &&
            to.some((t) => !h.has(t))) {
            return [{ kind: "insert", rev: to[0] }];
        }
        if (from.length > 1) {
            return [
                ...from.slice(0, -1).map((r) => ({ kind: "delete", rev: r })),
                { kind: "update", from: from[from.length - 1], to: to[0] },
            ];
        }
        if (to.length > 1) {
            return [
                ...to.slice(0, -1).map((r) => ({ kind: "insert", rev: r })),
                { kind: "update", from: from[0], to: to[to.length - 1] },
            ];
        }
        return [{ kind: "update", from: from[0], to: to[0] }];
    }
}
/**
 * The actions for one step and the heads afterwards, without keeping state.
 */
export function versionTableActions(map, heads, step) {
    const hm = new HeadMaintainer(map, heads);
    const actions = hm.updateToStep(step);
    return { actions, heads: hm.heads };
}

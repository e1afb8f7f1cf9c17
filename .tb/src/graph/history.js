/**
 * History listings: Alembic `ScriptDirectory.walk_revisions` and the
 * `history -r [start]:[end]` range, newest first, both ends inclusive.
 *
 * Where Alembic 1.8 lists a range we list the same revisions in the same
 * order. Where it fails or crashes we list what the range says:
 *
 * - A relative lower end `-N` (`label@-N`) is N steps below the newest
 *   revisions of the range: below each script head at or above the upper
 *   end (every head for `heads`), clamped at the base. Heads whose line ends
 *   above the upper end are skipped. Alembic counts from every head of the
 *   graph, so it fails as soon as one of them is on another line, and with
 *   several heads it can report a "downgrade" error from inside `history`.
 * - `rev+N` / `rev-N` (`label@rev+N`, `head-1`) work as the lower end too,
 *   clamped at a head and at the first revision of the line.
 * - An upper end that stands on the lower end only through `dependsOn` is
 *   listed, with the revisions between them (Alembic lists only the lower end
 *   or asserts).
 * - A lower end `label@rev` names a revision: it keeps only `heads` on the
 *   upper end to the branch, not an upper end that is named (Alembic drops a
 *   named upper end that is not on the branch and then fails).
 */
import { PlanningError, ResolutionError } from "./errors.js";
import { collectUpgradeRevisions, describeTarget, filterTargetsToBranch, isRangeNotAncestor, parseUpgradeTarget, RangeNotAncestorError, } from "./iterate-revisions.js";
import { getRevision, getRevisionsRaw, parseRange, parseRelative, resolveBranch, splitBranch, walk, } from "./target-grammar.js";
import { topologicalSort } from "./topological-sort.js";
/**
 * Revisions from `head` down to `base`, inclusive, newest first. Relative
 * symbols are clamped rather than rejected (`base:+20` on a 5-revision
 * history lists all 5). `base` and `head` accept every symbol form, a list
 * of ids, or null (base).
 */
export function walkRevisions(map, base = "base", head = "heads") {
    return rangeRevisions(map, base, head, `${describeTarget(base)}:${describeTarget(head)}`);
}
function rangeError(range) {
    return new PlanningError("GRAPH.RANGE_NOT_ANCESTOR", `Requested range ${range} does not refer to ancestor/descendant revisions along the same branch`, { symbol: range });
}
/**
 * Parses `history -r`: `a:b`, `a:`, `:b`, `-3:current`, `ae10:+2`,
 * `current:`, `label@base:label@head`. `current` stands for the database's
 * heads, passed in as `currentHeads`. Without a range: everything.
 */
export function parseHistoryRange(range, currentHeads) {
    if (range === null || range === undefined)
        return { base: "base", head: "heads", usesCurrent: false };
    const parsed = parseRange(range);
    if (!parsed) {
        throw new PlanningError("GRAPH.INVALID_RANGE", `History range requires [start]:[end], [start]:, or :[end] (got '${range}')`, {
            symbol: range,
        });
    }
    const usesCurrent = parsed.start === "current" || parsed.end === "current";
    if (usesCurrent && currentHeads === undefined) {
        throw new PlanningError("GRAPH.INVALID_RANGE", `History range '${range}' uses 'current', which needs the database's current revisions`, { symbol: range });
    }
    const current = currentHeads ?? [];
    const base = parsed.start === "current" ? current : (parsed.start ?? "base");
    const head = parsed.end === "current" ? current : (parsed.end ?? "heads");
    return { base, head, usesCurrent };
}
/**
 * The revisions `history -r <range>` lists, newest first. With `current` as
 * the upper end and an empty database, nothing is listed (Alembic lists the
 * whole history there).
 */
export function historyRevisions(map, range, currentHeads) {
    const r = parseHistoryRange(range, currentHeads);
    if (Array.isArray(r.head) && r.head.length === 0)
        return [];
    return rangeRevisions(map, r.base, r.head, range ?? ":");
}
// ---------------------------------------------------------------------------- ranges
const OPTIONS = { inclusive: true, assertRelativeLength: false };
function isRevision(p) {
    return p !== null && p !== "base";
}
function rangeRevisions(map, lower, upper, range) {
    try {
        const rel = typeof lower === "string" ? parseRelative(lower) : null;
        if (typeof lower === "string" && rel) {
            if (rel.symbol === null) {
                if (rel.relative.startsWith("-"))
                    return belowHeads(map, lower, rel, upper);
                throw new ResolutionError("GRAPH.INVALID_SYMBOL", `'${lower}' cannot start a history range: it counts from the current revision; use -N, <revision>+N or base+N`, { symbol: lower });
            }
            lower = relativeLower(map, rel);
        }
        const { revisions, heads } = collectRange(map, upper, namedLower(map, lower, upper));
        return topologicalSort(map, revisions, heads);
    }
    catch (e) {
        if (isRangeNotAncestor(e))
            throw rangeError(range);
        throw e;
    }
}
/**
 * Alembic's `_collect_upgrade_revisions(inclusive=True)`. When no upper-end
 * revision stands on the lower end through `downRevision`, Alembic lists the
 * lower end alone (or asserts); we add the upper-end revisions that stand on
 * it through `dependsOn`, with the revisions between them (`lib:` where
 * 2222 depends on lib lists 2222 and lib). When one does, the others are left
 * out, as Alembic does (`r000:` lists the heads above r000, not every head that
 * depends on something above it).
 */
function collectRange(map, upper, lower) {
    const { revisions, heads } = collectUpgradeRevisions(map, upper, lower, OPTIONS);
    if (revisions.size === 0 || heads.some((t) => revisions.has(t)))
        return { revisions, heads };
    const lowers = getRevisionsRaw(map, lower).filter(isRevision);
    for (const t of heads) {
        const below = map._ancestors([t], true);
        for (const l of lowers) {
            if (!map.isAncestorNode(l, t, true))
                continue;
            for (const r of map._descendants([l], true))
                if (below.has(r))
                    revisions.add(r);
        }
    }
    return { revisions, heads };
}
/**
 * `rev+N` / `rev-N` / `label@rev+N` as the lower end: the revision it lands
 * on, clamped at a head going up (as `:rev+N` is) and at the first revision
 * of the line going down. Keeps the `label@` prefix.
 */
function relativeLower(map, rel) {
    const { branch, symbol, steps } = rel;
    if (branch)
        resolveBranch(map, branch);
    let pos;
    if (rel.relative.startsWith("+")) {
        // from `base` (null) this walks up from the bases
        pos = walk(map, getRevision(map, symbol), steps, branch, false).position;
    }
    else {
        const start = branch ? getRevision(map, `${branch}@${symbol}`) : getRevision(map, symbol);
        if (start === null)
            return "base";
        const w = walk(map, start, steps, null, false);
        pos = w.position === "base" ? walk(map, start, -(w.stepsTaken - 1), null, false).position : w.position;
    }
    if (!isRevision(pos))
        return "base";
    return branch ? `${branch}@${pos.id}` : pos.id;
}
/**
 * A lower end `label@rev` names a revision. Like Alembic, it keeps `heads` on
 * the upper end to the branch (`shop@cccc:` lists shop), unless no head of
 * the branch stands on the revision (`lib@head:` where lib is only depended
 * upon: Alembic fails); a named upper end is kept as it is (`lib@head:2222` is
 * the range between two revisions, whatever branch 2222 is on; Alembic drops
 * 2222 as not on lib and fails). `label@base` keeps its branch scope.
 */
function namedLower(map, lower, upper) {
    if (typeof lower !== "string" || typeof upper !== "string")
        return lower;
    const { branch, id } = splitBranch(lower);
    if (branch === null || id === "base" || id === "heads")
        return lower;
    const rev = getRevision(map, lower);
    if (rev === null)
        return lower;
    if (upper === "heads") {
        const onBranch = filterTargetsToBranch(map, map.realHeads.map((h) => map.get(h)), branch);
        if (onBranch.some((h) => map.isAncestorNode(rev, h, true)))
            return lower;
    }
    return rev.id;
}
/**
 * `-N` / `label@-N` as the lower end: for each upper-end revision, N steps
 * below the script heads at or above it (the real heads, else the effective
 * ones; with a label, those on the branch), clamped at the base. A head whose
 * line ends above the upper-end revision adds nothing; when no line reaches
 * any upper-end revision, the range is not ancestor/descendant. Equals
 * Alembic (which walks from every head) wherever Alembic lists the range.
 */
function belowHeads(map, lower, rel, upper) {
    const { branch } = rel;
    if (branch)
        resolveBranch(map, branch);
    const steps = -Math.abs(rel.steps);
    let targets = parseUpgradeTarget(map, lower, upper, OPTIONS).filter(isRevision);
    if (branch)
        targets = filterTargetsToBranch(map, targets, branch);
    targets = [...new Set(targets)];
    const node = (id) => map.get(id);
    const realHeads = map.realHeads.map(node);
    const heads = map.heads.map(node);
    // for each upper-end revision, the lowest positions at or below it ("base": down to the base)
    const lowest = new Map();
    for (const u of targets) {
        const atOrAbove = (hs) => hs.filter((h) => map.isAncestorNode(u, h, false));
        let from = atOrAbove(realHeads);
        if (from.length === 0)
            from = atOrAbove(heads);
        if (branch) {
            const onBranch = filterTargetsToBranch(map, from, branch);
            from = onBranch.length > 0 ? onBranch : [u];
        }
        let toBase = false;
        let lows = [];
        for (const h of from) {
            const reached = walkDownEveryLine(h, -steps);
            if (reached === "base") {
                toBase = true;
                break;
            }
            for (const pos of reached) {
                // a walk that stays above u: this line has nothing at or below u
                if (!map.isAncestorNode(pos, u, true))
                    continue;
                // every line through u goes down u's own lines: keep the lowest
                if (lows.some((l) => map.isAncestorNode(l, pos, true)))
                    continue;
                lows = [...lows.filter((l) => !map.isAncestorNode(pos, l, true)), pos];
            }
        }
        if (toBase)
            lowest.set(u, "base");
        else if (lows.length > 0)
            lowest.set(u, lows);
    }
    const listed = targets.filter((u) => lowest.has(u));
    if (listed.length === 0) {
        if (targets.length === 0)
            return [];
        throw new RangeNotAncestorError(lower, describeTarget(upper));
    }
    const ids = listed.map((u) => u.id);
    const lowers = [...new Set(listed.flatMap((u) => {
            const l = lowest.get(u);
            return l === "base" ? ["base"] : l;
        }))];
    const revs = lowers.filter(isRevision);
    let revisions;
    if (revs.length === 0) {
        revisions = collectRange(map, ids, null).revisions;
    }
    else if (revs.length === lowers.length && unrelated(map, revs)) {
        // one range, as Alembic computes it
        revisions = collectRange(map, ids, revs.map((l) => l.id)).revisions;
    }
    else {
        revisions = new Set();
        for (const u of listed) {
            const lows = lowest.get(u);
            for (const l of lows === "base" ? [null] : lows) {
                for (const r of collectRange(map, [u.id], l === null ? null : [l.id]).revisions)
                    revisions.add(r);
            }
        }
    }
    return topologicalSort(map, revisions, listed);
}
/**
 * The revisions `count` steps below `head` along every line (both parents of
 * a merge point), or "base" when a line reaches below its base first. Where
 * Alembic's walk stops at a merge point ("Ambiguous walk"), a history range
 * has no reason to choose: it lists both lines.
 */
function walkDownEveryLine(head, count) {
    let level = [head];
    for (let k = 0; k < count; k++) {
        const next = new Set();
        for (const r of level) {
            if (r._down.length === 0)
                return "base";
            for (const d of r._down)
                next.add(d);
        }
        level = [...next];
    }
    return level;
}
function unrelated(map, revs) {
    for (let i = 0; i < revs.length; i++) {
        for (let j = i + 1; j < revs.length; j++) {
            const a = revs[i];
            const b = revs[j];
            if (map.isAncestorNode(a, b, true) || map.isAncestorNode(b, a, true))
                return false;
        }
    }
    return true;
}

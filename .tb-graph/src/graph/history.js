/**
 * History listings: Alembic `ScriptDirectory.walk_revisions` and the
 * `history -r [start]:[end]` range, newest first.
 */
import { PlanningError } from "./errors.js";
import { describeTarget, isRangeNotAncestor, iterateRevisions } from "./iterate-revisions.js";
import { parseRange } from "./target-grammar.js";
/**
 * Revisions from `head` down to `base`, inclusive, newest first. Relative
 * symbols are clamped rather than rejected (`base:+20` on a 5-revision
 * history lists all 5). `base` and `head` accept every symbol form, a list
 * of ids, or null (base).
 */
export function walkRevisions(map, base = "base", head = "heads") {
    try {
        return iterateRevisions(map, head, base, { inclusive: true, assertRelativeLength: false });
    }
    catch (e) {
        if (isRangeNotAncestor(e))
            throw rangeError(`${describeTarget(base)}:${describeTarget(head)}`);
        throw e;
    }
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
    try {
        return iterateRevisions(map, r.head, r.base, { inclusive: true, assertRelativeLength: false });
    }
    catch (e) {
        if (isRangeNotAncestor(e))
            throw rangeError(range ?? ":");
        throw e;
    }
}

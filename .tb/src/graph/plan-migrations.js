/**
 * Upgrade and downgrade planning (Alembic `ScriptDirectory._upgrade_revs` /
 * `_downgrade_revs`): which revisions to run, in which order, given the
 * target symbol and the heads currently recorded in the version table.
 */
import { PlanningError, ResolutionError } from "./errors.js";
import { describeTarget, isRangeNotAncestor, iterateRevisions, } from "./iterate-revisions.js";
import { downgradeStep, upgradeStep } from "./migration-step.js";
/**
 * Checks the version-table heads: each must be the exact id of a known
 * revision. Duplicates are dropped (first occurrence kept).
 */
export function resolveCurrentHeads(map, currentHeads) {
    const out = [];
    for (const id of new Set(currentHeads)) {
        const rev = map.get(id);
        if (!rev) {
            throw new ResolutionError("GRAPH.UNKNOWN_CURRENT_REVISION", `The version table lists revision '${id}', which is not in the revision scripts (was its file deleted or renamed?)`, { revisions: [id] });
        }
        out.push(rev);
    }
    return out;
}
/**
 * Steps to upgrade from `currentHeads` to `target` (`head`, `heads`, an id,
 * `label@head`, `+N`, `label@+N`, `rev+N`, `rev-N`, or a list of ids), oldest
 * first. Revisions of other branches that the target depends on are
 * included (Alembic `implicit_base`).
 */
export function planUpgrade(map, target, currentHeads, options = {}) {
    const current = resolveCurrentHeads(map, currentHeads).map((r) => r.id);
    const opts = { implicitBase: true, ...options };
    try {
        return iterateRevisions(map, target, current, opts).reverse().map(upgradeStep);
    }
    catch (e) {
        if (isRangeNotAncestor(e)) {
            throw new PlanningError("GRAPH.INVALID_UPGRADE_TARGET", `Destination ${describeTarget(target)} is not a valid upgrade target from current head(s) (${current.length > 0 ? current.join(", ") : "base"})`, { symbol: describeTarget(target), revisions: current });
        }
        throw e;
    }
}
/**
 * Steps to downgrade from `currentHeads` to `target` (`base`, `-N`, an id,
 * `label@<rev>`, `label@-N`, `label@base`, `base+N`, `rev-N`), newest first.
 * Everything above the target that is applied is undone, including
 * revisions of other branches that depend on it.
 */
export function planDowngrade(map, target, currentHeads, options = {}) {
    const current = resolveCurrentHeads(map, currentHeads).map((r) => r.id);
    const opts = { selectForDowngrade: true, ...options };
    try {
        return iterateRevisions(map, current, target ?? "base", opts).map(downgradeStep);
    }
    catch (e) {
        if (isRangeNotAncestor(e)) {
            throw new PlanningError("GRAPH.INVALID_DOWNGRADE_TARGET", `Destination ${target ?? "base"} is not a valid downgrade target from current head(s) (${current.length > 0 ? current.join(", ") : "base"})`, { symbol: target ?? "base", revisions: current });
        }
        throw e;
    }
}

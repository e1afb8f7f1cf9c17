/**
 * Turns a command (upgrade / downgrade / stamp to some target) and the heads in
 * the version table into planned steps, each with its exact version-table
 * actions and the heads it leaves behind.
 */
import { planDowngrade, planStamp, planUpgrade, versionTableActions } from "../graph/index.js";
export function planRun(map, kind, targets, currentHeads, opts = {}) {
    const target = targets.length === 1 ? targets[0] : targets;
    const steps = kind === "upgrade"
        ? planUpgrade(map, target, currentHeads)
        : kind === "downgrade"
            ? planDowngrade(map, typeof target === "string" ? target : (target[0] ?? "base"), currentHeads)
            : planStamp(map, target, currentHeads, { purge: opts.purge === true });
    let heads = opts.purge ? [] : [...currentHeads];
    return steps.map((step) => {
        const { actions, heads: after } = versionTableActions(map, heads, step);
        heads = after;
        return {
            direction: step.direction,
            revision: step.type === "revision" ? step.revision.id : null,
            stamp: step.type === "stamp",
            from: step.fromRevisions,
            to: step.toRevisions,
            message: step.type === "revision" ? (step.revision.message ?? "") : "",
            actions,
            headsAfter: after,
        };
    });
}

/**
 * Turns a command (upgrade / downgrade / stamp to some target) and the heads in
 * the version table into planned steps, each with its exact version-table
 * actions and the heads it leaves behind.
 */
import { planDowngrade, planStamp, planUpgrade, type RevisionMap, type RevisionSource, versionTableActions } from "../graph/index.js";
import type { PlannedStep } from "./planned-step.js";

export type RunKind = "upgrade" | "downgrade" | "stamp";

export function planRun<S extends RevisionSource>(
  map: RevisionMap<S>,
  kind: RunKind,
  targets: readonly string[],
  currentHeads: readonly string[],
  opts: { purge?: boolean } = {},
): PlannedStep[] {
  const target = targets.length === 1 ? (targets[0] as string) : targets;
  const steps =
    kind === "upgrade"
      ? planUpgrade(map, target, currentHeads)
      : kind === "downgrade"
        ? planDowngrade(map, typeof target === "string" ? target : (target[0] ?? "base"), currentHeads)
        : planStamp(map, target, currentHeads, { purge: opts.purge === true });
  let heads: string[] = opts.purge ? [] : [...currentHeads];
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

/**
 * Turns a command (upgrade / downgrade / stamp to some target) and the heads in
 * the version table into planned steps, each with its exact version-table
 * actions and the heads it leaves behind.
 */
import { type RevisionMap, type RevisionSource } from "../graph/index.js";
import type { PlannedStep } from "./planned-step.js";
export type RunKind = "upgrade" | "downgrade" | "stamp";
export declare function planRun<S extends RevisionSource>(map: RevisionMap<S>, kind: RunKind, targets: readonly string[], currentHeads: readonly string[], opts?: {
    purge?: boolean;
}): PlannedStep[];

import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export type OfflineKind = "upgrade" | "downgrade";
/** Why `athanor <kind> --sql <text>` can't be written, or null (other mistakes are left to planning). */
export declare function offlineRangeProblem<S extends RevisionSource>(map: RevisionMap<S>, kind: OfflineKind, text: string): string | null;

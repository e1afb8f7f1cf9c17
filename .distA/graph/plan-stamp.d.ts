import type { RevisionTarget } from "./iterate-revisions.js";
import { type StampStep } from "./migration-step.js";
import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export interface StampOptions {
    /** The version table is emptied first: plan as if no head were recorded. */
    readonly purge?: boolean;
}
export declare function planStamp<S extends RevisionSource>(map: RevisionMap<S>, targets: RevisionTarget, currentHeads: Iterable<string>, options?: StampOptions): StampStep[];

/** The JSON shape of a revision in `--json` output. */
import type { Revision } from "../graph/index.js";
export declare function revisionJson(rev: Revision): {
    revision: string;
    downRevisions: readonly string[];
    dependsOn: readonly string[];
    branchLabels: readonly string[];
    message: string;
    path: string | null;
    isHead: boolean;
    isEffectiveHead: boolean;
    isBranchPoint: boolean;
    isMergePoint: boolean;
};

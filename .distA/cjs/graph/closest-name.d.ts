/**
 * "Did you mean ...?" for a symbol that names nothing: the closest of the
 * names a target can take (`head`, `heads`, `base`, branch labels, revision
 * ids), by edit distance counting a swap of two neighbours as one edit.
 */
import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
/** The closest name to `wanted` (at most 1 edit for short names, 2 otherwise), or undefined. */
export declare function closestName<S extends RevisionSource>(map: RevisionMap<S>, wanted: string, kinds?: {
    symbols?: boolean;
    labels?: boolean;
    ids?: boolean;
}): string | undefined;
/** `; did you mean 'x'?` or "". */
export declare function didYouMean(name: string | undefined): string;

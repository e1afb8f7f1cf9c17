import { type RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export interface NewRevisionOptions {
    /** Where to attach: `head` (default), `label@head`, an id, `base` (new root), or several (a merge). */
    readonly head?: string | readonly string[];
    /** Allow attaching to a revision that is not a head (creates a branch). */
    readonly splice?: boolean;
    /** Revisions or branch labels the new revision depends on. */
    readonly dependsOn?: readonly string[];
}
export interface NewRevisionParents {
    /** Full ids of the down revisions ([] for a new base, several for a merge). */
    readonly downRevisions: string[];
    /** Dependencies to write: branch labels kept as given, revisions as full ids. */
    readonly dependsOn: string[];
}
/** Throws unless `id` can be used as a revision id (Alembic `verify_rev_id`, plus reserved words). */
export declare function validateRevisionId(id: string): void;
export declare function planNewRevision<S extends RevisionSource>(map: RevisionMap<S>, options?: NewRevisionOptions): NewRevisionParents;

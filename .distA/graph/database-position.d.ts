import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
/** The real heads (load order) that the recorded heads do not imply; [] when the database is at the heads. */
export declare function headsNotApplied<S extends RevisionSource>(map: RevisionMap<S>, currentHeads: Iterable<string>): string[];

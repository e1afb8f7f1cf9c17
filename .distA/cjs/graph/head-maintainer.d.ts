import type { MigrationStep } from "./migration-step.js";
import type { RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";
export type VersionAction = {
    readonly kind: "insert";
    readonly rev: string;
} | {
    readonly kind: "update";
    readonly from: string;
    readonly to: string;
} | {
    readonly kind: "delete";
    readonly rev: string;
};
export declare class HeadMaintainer<S extends RevisionSource = RevisionSource> {
    private readonly map;
    private readonly current;
    constructor(map: RevisionMap<S>, heads: Iterable<string>);
    /** The heads the version table holds now, in insertion order. */
    get heads(): string[];
    /** Applies a step; returns the version-table actions, in order. */
    updateToStep(step: MigrationStep<S>): VersionAction[];
    private apply;
    private node;
    /** `candidates` minus anything that another head (besides `except`) already implies. */
    private notImpliedByOthers;
    /** Drops the revisions that are ancestors of another one in the list. */
    private notImplied;
    private revisionActions;
    /** Alembic `update_version_num`: the one down revision to move along. */
    private singleDown;
    private stampActions;
}
/**
 * The actions for one step and the heads afterwards, without keeping state.
 */
export declare function versionTableActions<S extends RevisionSource>(map: RevisionMap<S>, heads: Iterable<string>, step: MigrationStep<S>): {
    actions: VersionAction[];
    heads: string[];
};

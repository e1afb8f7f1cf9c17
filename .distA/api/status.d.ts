import { type ConfigSource } from "./api-config.js";
export interface StatusOptions extends ConfigSource {
    connection?: unknown;
}
export interface StatusResult {
    readonly url: string;
    /** Heads recorded in the database ([] at base). */
    readonly current: readonly string[];
    /** Heads of the revision scripts. */
    readonly heads: readonly string[];
    /** Revisions not yet applied, in the order `upgrade heads` would run them ([] when `unknown` is not empty). */
    readonly pending: readonly string[];
    /**
     * Revisions recorded in the database that the revision scripts don't have:
     * the database is ahead of this code (or a revision file was removed).
     */
    readonly unknown: readonly string[];
    /**
     * Every head of the scripts is applied (nothing is pending). A head that is
     * only depended upon ("effective head") is applied with what depends on it,
     * though the version table does not list it: as `current --check-heads`.
     */
    readonly upToDate: boolean;
    /**
     * Revisions that committed some of their statements and then failed or were
     * killed (databases without transactional DDL, such as MySQL): `upgrade`
     * and `downgrade` refuse to move past them until `athanor resolve` or a
     * rerun that resumes them. Never up to date while one is listed.
     */
    readonly halfApplied: readonly {
        revision: string;
        direction: "up" | "down";
        statementsDone: number;
        status: "running" | "failed";
        description: string;
    }[];
}
export declare function status(options?: StatusOptions): Promise<StatusResult>;

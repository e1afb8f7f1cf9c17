import type { DatabaseConnection, Dialect, SqlStatement, VersionLogEntry, VersionTableRef } from "../dialects/dialect.js";
import type { VersionAction } from "../graph/index.js";
export type { VersionAction };
/** Recording steps in the version table failed; `cause` is what the database said. */
export declare class VersionRecordError extends Error {
    readonly actions: readonly VersionAction[];
    readonly cause: unknown;
    constructor(actions: readonly VersionAction[], cause: unknown);
}
export declare class VersionStore {
    readonly dialect: Dialect;
    readonly ref: VersionTableRef;
    constructor(dialect: Dialect, ref: VersionTableRef);
    get displayName(): string;
    exists(conn: DatabaseConnection): Promise<boolean>;
    /** Current heads; [] when the table does not exist. Creates nothing. */
    readHeads(conn: DatabaseConnection): Promise<string[]>;
    ensureStatements(): SqlStatement[];
    ensure(conn: DatabaseConnection): Promise<void>;
    actionStatements(action: VersionAction): SqlStatement;
    /** Applies one action online, checking that exactly one row changed. */
    apply(conn: DatabaseConnection, action: VersionAction): Promise<void>;
    /**
     * Steps' version-table changes and log rows as one statement that fails
     * unless each change matched exactly one row (so a COMMIT sent behind it
     * in the same message never runs); null when the dialect can't.
     */
    recordStatement(actions: readonly VersionAction[], logs: readonly Omit<VersionLogEntry, "host">[]): SqlStatement | null;
    /**
     * Records steps: their version-table changes and log rows, in one
     * statement when the dialect can (one round trip per revision instead of
     * two or three; in per-run mode one for the whole run), checking that each
     * change matched exactly one row. A failure is a VersionRecordError.
     */
    record(conn: DatabaseConnection, actions: readonly VersionAction[], logs: readonly Omit<VersionLogEntry, "host">[]): Promise<void>;
    /** Why a record failed: the change that did not match one row (the version table was changed behind the run), else what the database said. */
    explainRecordFailure(failure: VersionRecordError): unknown;
    private rowCountError;
    purgeStatement(): SqlStatement;
    /** A log row for an offline script: the database's clock, no duration or host known. */
    offlineLogStatement(entry: Pick<VersionLogEntry, "revision" | "direction" | "checksum">): SqlStatement;
    /** Latest checksum recorded per revision (for "edited after it was applied" warnings). */
    latestChecksums(conn: DatabaseConnection): Promise<Map<string, string | null>>;
}

/** Failures of statements sent together (DatabaseConnection.batch, StatementStream). */
/**
 * Statements sent together failed: `index` is the statement that failed
 * (the ones before it ran, none after it did), `error` what the server said.
 */
export declare class BatchFailure extends Error {
    readonly index: number;
    readonly error: unknown;
    constructor(index: number, error: unknown);
}
/** Statements sent on a stream behind one that failed: the server skipped them. */
export declare class SkippedAfterFailure extends Error {
    constructor();
}

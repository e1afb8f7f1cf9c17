/** Failures of statements sent together (DatabaseConnection.batch, StatementStream). */
/**
 * Statements sent together failed: `index` is the statement that failed
 * (the ones before it ran, none after it did), `error` what the server said.
 */
export class BatchFailure extends Error {
    index;
    error;
    constructor(index, error) {
        super(error instanceof Error ? error.message : String(error));
        this.index = index;
        this.error = error;
        this.name = "BatchFailure";
    }
}
/** Statements sent on a stream behind one that failed: the server skipped them. */
export class SkippedAfterFailure extends Error {
    constructor() {
        super("not run: a statement sent before it failed");
        this.name = "SkippedAfterFailure";
    }
}

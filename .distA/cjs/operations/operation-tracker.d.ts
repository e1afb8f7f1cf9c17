/** One operation a revision started. */
export interface IssuedOperation {
    /** `op.bulkInsert("orders", …)`. */
    readonly label: string;
    /** Something took its promise (await, then, catch, Promise.all…). */
    readonly awaited: boolean;
    readonly settled: boolean;
    /** It had not finished when the function returned (close() was called). */
    readonly runningAtReturn: boolean;
    readonly failed: boolean;
    /** What it failed with (when `failed`). */
    readonly error: unknown;
}
/** What close() found. */
export interface OperationsReport {
    /** The first operation nothing waited for, if any. */
    readonly notAwaited: IssuedOperation | null;
    /** The first operation that was awaited (its then() called) but had not finished when the function returned. */
    readonly stillRunning: IssuedOperation | null;
}
export declare class OperationTracker {
    #private;
    /** When an operation last started or ended (or the function started): for idle-time limits. */
    lastActivity: number;
    /** Operations started and not finished yet. */
    get pending(): number;
    /** Starts tracking for one call of a revision function (`fn`: `upgrade()`, for messages). */
    open(fn: string): void;
    /**
     * Starts an operation (`start`) and returns its tracked promise. Outside an
     * open call (the revision's function has returned) the operation does not
     * run: the promise rejects.
     */
    track<T>(method: string, args: readonly unknown[], start: () => Promise<T>): Promise<T>;
    /**
     * Ends the call: later operations are refused. With `wait`, first waits
     * until every operation it started has finished (none is left running on
     * the connection), then reports.
     */
    close(wait?: boolean): Promise<OperationsReport>;
}
/** `op.bulkInsert("orders", …)`: the method and its first argument when that is a name or SQL. */
export declare function operationLabel(method: string, given: readonly unknown[]): string;

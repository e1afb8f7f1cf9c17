/**
 * Executes operations for a revision's upgrade()/downgrade(): online against
 * the session (tracking the transaction so op.autocommit() can step out of
 * it), or offline into a SQL script.
 */
import type { DatabaseConnection, Dialect, DialectRenderer, SqlStatement, TransactionGuard } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { Operation } from "../operations/operation.js";
import type { OperationExecutor } from "../operations/migration-ops.js";
/**
 * Whether the session is inside a transaction we opened. With `deferBegin`
 * (and a connection that can batch), BEGIN isn't sent on its own: it goes out
 * in front of the transaction's first statement (see OnlineExecutor.flush),
 * one round trip less per transaction. Whoever sends a statement on the
 * connection directly calls `materialize()` first.
 */
export declare class TransactionState {
    private readonly conn;
    private readonly dialect;
    private readonly options;
    open: boolean;
    /** BEGIN is owed: the transaction is open for us, not yet for the server. */
    private pendingBegin;
    /** COMMITs so far (a step that saw one in its middle, through op.autocommit, spanned transactions). */
    commits: number;
    /** Runs inside the transaction just before each COMMIT (per-run mode writes its version records then). */
    beforeCommit: (() => Promise<void>) | undefined;
    /** Runs after each COMMIT sent by commit() (per-run mode reports the steps it committed). */
    afterCommit: (() => void) | undefined;
    /**
     * A statement that failed inside the open transaction, though the revision
     * caught the error and went on. PostgreSQL has aborted the transaction: it
     * refuses everything until its end, and turns a COMMIT into a ROLLBACK
     * without an error. So it is never committed (see commit()).
     */
    abortedBy: StatementError | null;
    constructor(conn: DatabaseConnection, dialect: Dialect, options?: {
        deferBegin?: boolean;
        guard?: TransactionGuard | undefined;
    });
    begin(): Promise<void>;
    /** Sends the owed BEGIN, if any. */
    materialize(): Promise<void>;
    /** The owed BEGIN, for the caller to send in front of its statements (null if none). */
    takeBegin(): string | null;
    /** A statement of the open transaction failed (it is aborted). */
    failed(e: StatementError): void;
    commit(): Promise<void>;
    /** COMMIT as a statement, for a caller that sends it at the end of its own batch (then calls `committed()`). */
    commitStatement(): SqlStatement;
    /** The COMMIT sent in a batch succeeded. */
    committed(): void;
    rollback(): Promise<void>;
}
/** The error for a transaction that a caught statement failure aborted; `who` went on after it (`upgrade()`). */
export declare function transactionAborted(e: StatementError, who: string): AthanorError;
/** A failed statement, with the SQL that failed. */
export declare class StatementError extends Error {
    readonly statement: string;
    readonly original: unknown;
    /** The statement object that failed, when the caller handed one in (see OnlineExecutor.dispatch). */
    readonly source?: SqlStatement | undefined;
    constructor(statement: string, original: unknown, 
    /** The statement object that failed, when the caller handed one in (see OnlineExecutor.dispatch). */
    source?: SqlStatement | undefined);
}
/**
 * Runs a revision's operations on the session. With `batching` on (and a
 * connection that can batch), the parameterless statements of structured
 * operations (createTable, createIndex, …) that run inside a transaction are
 * queued and sent together, one round trip, when something needs the server:
 * a statement with values, `op.query`, `op.execute` (raw SQL always runs on its
 * own), `op.autocommit`, or the end of upgrade()/downgrade() (`flush()`). A
 * failure is reported with the very statement that failed. Inside a
 * transaction nothing is lost by reporting it a little later: a failed
 * statement aborts the transaction, and everything after it is rolled back.
 */
export declare class OnlineExecutor implements OperationExecutor {
    private readonly conn;
    private readonly renderer;
    private readonly tx;
    /** Called right after statements have been sent, while the server works on them. */
    whileWaiting: (() => void) | undefined;
    batching: boolean;
    private queue;
    /** The current step's statements sent (or queued) inside its transaction, not committed yet. */
    private inTransaction;
    /**
     * The current step's statements that are committed although its version
     * record is not (yet): committed by op.autocommit, or run outside a
     * transaction. A failure of the step leaves them in place.
     */
    committedInStep: string[];
    /** The renderer's session (when it has one): it reads the live schema through the session, after what was queued. */
    private readonly session;
    constructor(conn: DatabaseConnection, renderer: DialectRenderer, tx: TransactionState);
    /** A new step begins: what the last one committed is the runner's now. */
    startStep(): void;
    run(op: Operation): Promise<void>;
    /** Queues each statement without values when `canQueue`; else sends the queue, then the statement. */
    private queueOrRun;
    query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
    /** Sends what the renderer's session held back and the queued statements (with an owed BEGIN in front) and waits for them. */
    flush(): Promise<void>;
    /** The statements the renderer's session held back (a rebuild kept open), queued or run. */
    private settleSession;
    private flushQueue;
    /**
     * Hands the queued statements (an owed BEGIN in front, `tail` behind) to
     * `send` and returns at once: the promise settles when they have run, and
     * rejects with a StatementError naming the statement that failed.
     */
    dispatch(tail: readonly SqlStatement[], send: (statements: readonly SqlStatement[]) => Promise<unknown>): Promise<void>;
    /** Drops what is queued (the transaction is being rolled back). */
    discard(): void;
    private exec;
    autocommit<T>(fn: () => Promise<T>): Promise<T>;
}
/**
 * The transaction of an offline script: `begin()` only promises a BEGIN, which
 * is written in front of the next statement, so a transaction that gets no
 * statement (a revision that starts with op.autocommit) prints nothing.
 */
export interface OfflineTransaction {
    readonly open: boolean;
    begin(): void;
    commit(): void;
}
/** Collects SQL text for `--sql`. */
export declare class OfflineExecutor implements OperationExecutor {
    private readonly renderer;
    private readonly emit;
    private readonly tx;
    /** The renderer's session (when it has one): it knows what the script's earlier operations did. */
    private readonly session;
    constructor(renderer: DialectRenderer, emit: (sql: string) => void, tx: OfflineTransaction);
    run(op: Operation): Promise<void>;
    /** Whether the renderer's session follows operations that ran before the script (RenderSession.prime). */
    get primes(): boolean;
    /** Notes an operation of a revision that ran before the script starts; writes nothing. */
    prime(op: Operation): void;
    /** Writes what the renderer's session held back (at the end of a step, before a COMMIT). */
    flush(): void;
    query<R>(): Promise<R[]>;
    autocommit<T>(fn: () => Promise<T>): Promise<T>;
}

import { BatchFailure, SkippedAfterFailure } from "../dialects/batch-failure.js";
import { AthanorError } from "../errors.js";
import { describeThrown } from "../util/describe-thrown.js";
/**
 * Whether the session is inside a transaction we opened. With `deferBegin`
 * (and a connection that can batch), BEGIN isn't sent on its own: it goes out
 * in front of the transaction's first statement (see OnlineExecutor.flush),
 * one round trip less per transaction. Whoever sends a statement on the
 * connection directly calls `materialize()` first.
 */
export class TransactionState {
    conn;
    dialect;
    options;
    open = false;
    /** BEGIN is owed: the transaction is open for us, not yet for the server. */
    pendingBegin = false;
    /** COMMITs so far (a step that saw one in its middle, through op.autocommit, spanned transactions). */
    commits = 0;
    /** Runs inside the transaction just before each COMMIT (per-run mode writes its version records then). */
    beforeCommit;
    /** Runs after each COMMIT sent by commit() (per-run mode reports the steps it committed). */
    afterCommit;
    /**
     * A statement that failed inside the open transaction, though the revision
     * caught the error and went on. PostgreSQL has aborted the transaction: it
     * refuses everything until its end, and turns a COMMIT into a ROLLBACK
     * without an error. So it is never committed (see commit()).
     */
    abortedBy = null;
    constructor(conn, dialect, options = {}) {
        this.conn = conn;
        this.dialect = dialect;
        this.options = options;
    }
    async begin() {
        if (this.open)
            return;
        this.abortedBy = null;
        if (this.options.deferBegin && this.conn.batch)
            this.pendingBegin = true;
        else
            await this.conn.query(this.dialect.beginTransaction);
        this.open = true;
    }
    /** Sends the owed BEGIN, if any. */
    async materialize() {
        if (!this.pendingBegin)
            return;
        this.pendingBegin = false;
        await this.conn.query(this.dialect.beginTransaction);
    }
    /** The owed BEGIN, for the caller to send in front of its statements (null if none). */
    takeBegin() {
        if (!this.pendingBegin)
            return null;
        this.pendingBegin = false;
        return this.dialect.beginTransaction;
    }
    /** A statement of the open transaction failed (it is aborted). */
    failed(e) {
        if (this.open)
            this.abortedBy ??= e;
    }
    async commit() {
        if (!this.open)
            return;
        if (this.abortedBy)
            throw transactionAborted(this.abortedBy, "the revision");
        await this.beforeCommit?.();
        if (this.pendingBegin) {
            // nothing was sent: there is nothing to commit
            this.pendingBegin = false;
            this.open = false;
            return;
        }
        await this.conn.query(this.dialect.commitTransaction);
        this.open = false;
        this.commits++;
        this.afterCommit?.();
    }
    /** COMMIT as a statement, for a caller that sends it at the end of its own batch (then calls `committed()`). */
    commitStatement() {
        return { sql: this.dialect.commitTransaction };
    }
    /** The COMMIT sent in a batch succeeded. */
    committed() {
        this.open = false;
        this.pendingBegin = false;
        this.commits++;
    }
    async rollback() {
        if (!this.open)
            return;
        this.open = false;
        this.abortedBy = null;
        if (this.pendingBegin) {
            this.pendingBegin = false;
            return;
        }
        await this.conn.query(this.dialect.rollbackTransaction);
    }
}
/** The error for a transaction that a caught statement failure aborted; `who` went on after it (`upgrade()`). */
export function transactionAborted(e, who) {
    const sql = e.statement.replace(/\s+/g, " ").trim();
    return new AthanorError("MIGRATION.TRANSACTION_ABORTED", `the statement ${sql.length > 200 ? `${sql.slice(0, 197)}...` : sql} failed (${e.message}) and ${who} went on; ` +
        "a failed statement aborts the transaction, so nothing of it can commit: let the error propagate, or run a statement that may fail in op.autocommit", { cause: e });
}
/** A failed statement, with the SQL that failed. */
export class StatementError extends Error {
    statement;
    original;
    source;
    constructor(statement, original, 
    /** The statement object that failed, when the caller handed one in (see OnlineExecutor.dispatch). */
    source) {
        super(describeThrown(original));
        this.statement = statement;
        this.original = original;
        this.source = source;
    }
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
export class OnlineExecutor {
    conn;
    renderer;
    tx;
    /** Called right after statements have been sent, while the server works on them. */
    whileWaiting;
    batching = false;
    queue = [];
    /** The current step's statements sent (or queued) inside its transaction, not committed yet. */
    inTransaction = [];
    /**
     * The current step's statements that are committed although its version
     * record is not (yet): committed by op.autocommit, or run outside a
     * transaction. A failure of the step leaves them in place.
     */
    committedInStep = [];
    constructor(conn, renderer, tx) {
        this.conn = conn;
        this.renderer = renderer;
        this.tx = tx;
    }
    /** A new step begins: what the last one committed is the runner's now. */
    startStep() {
        this.inTransaction = [];
        this.committedInStep = [];
    }
    async run(op) {
        const canQueue = this.batching && this.tx.open && this.conn.batch !== undefined && op.kind !== "execute";
        for (const stmt of this.renderer.renderOperation(op)) {
            if (canQueue && !(stmt.params && stmt.params.length > 0)) {
                this.queue.push(stmt);
                this.inTransaction.push(stmt.sql);
            }
            else {
                await this.flush();
                await this.exec(stmt);
            }
        }
    }
    async query(sql, params) {
        await this.flush();
        return (await this.exec({ sql, params }));
    }
    /** Sends the queued statements (with an owed BEGIN in front) and waits for them. */
    async flush() {
        if (this.queue.length === 0)
            return;
        try {
            await this.dispatch([], (statements) => {
                const only = statements.length === 1 ? statements[0] : undefined;
                if (only)
                    return this.conn.query(only.sql, only.params, { name: only.name });
                if (!this.conn.batch)
                    throw new Error("this connection can't send statements in one message");
                return this.conn.batch(statements);
            });
        }
        catch (e) {
            if (e instanceof StatementError)
                this.tx.failed(e);
            throw e;
        }
    }
    /**
     * Hands the queued statements (an owed BEGIN in front, `tail` behind) to
     * `send` and returns at once: the promise settles when they have run, and
     * rejects with a StatementError naming the statement that failed.
     */
    dispatch(tail, send) {
        const begin = this.tx.takeBegin();
        const statements = [...(begin ? [{ sql: begin }] : []), ...this.queue, ...tail];
        this.queue = [];
        let pending;
        try {
            pending = send(statements);
        }
        catch (e) {
            pending = Promise.reject(e);
        }
        this.whileWaiting?.();
        return pending.then(() => { }, (e) => {
            if (e instanceof SkippedAfterFailure)
                throw e;
            const failed = e instanceof BatchFailure ? statements[e.index] : statements[statements.length - 1];
            throw new StatementError(failed?.sql ?? "", e instanceof BatchFailure ? e.error : e, failed);
        });
    }
    /** Drops what is queued (the transaction is being rolled back). */
    discard() {
        this.queue = [];
    }
    async exec(stmt) {
        await this.tx.materialize();
        const inTransaction = this.tx.open;
        let rows;
        try {
            const pending = this.conn.query(stmt.sql, stmt.params);
            this.whileWaiting?.();
            rows = (await pending).rows;
        }
        catch (e) {
            const failed = new StatementError(stmt.sql, e);
            this.tx.failed(failed);
            throw failed;
        }
        (inTransaction ? this.inTransaction : this.committedInStep).push(stmt.sql);
        return rows;
    }
    async autocommit(fn) {
        await this.flush();
        const wasOpen = this.tx.open;
        await this.tx.commit();
        // what the step ran so far is committed now, its version record is not
        this.committedInStep.push(...this.inTransaction.splice(0));
        try {
            return await fn();
        }
        finally {
            if (wasOpen)
                await this.tx.begin();
        }
    }
}
/** Collects SQL text for `--sql`. */
export class OfflineExecutor {
    renderer;
    emit;
    tx;
    constructor(renderer, emit, tx) {
        this.renderer = renderer;
        this.emit = emit;
        this.tx = tx;
    }
    async run(op) {
        for (const stmt of this.renderer.renderOperation(op))
            this.emit(this.renderer.inline(stmt));
    }
    async query() {
        throw new AthanorError("OFFLINE.NEEDS_CONNECTION", "op.query() reads data from a live database and can't run with --sql; skip it when `op.offline` is true (`if (!op.offline) { ... }`) or run online");
    }
    async autocommit(fn) {
        const wasOpen = this.tx.open;
        this.tx.commit();
        try {
            return await fn();
        }
        finally {
            if (wasOpen)
                this.tx.begin();
        }
    }
}

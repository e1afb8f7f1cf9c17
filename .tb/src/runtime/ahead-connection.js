/**
 * A session on which a step's last message (its remaining statements, its
 * version record, COMMIT) can be sent ahead: the runner sends it and goes on
 * preparing the next step while the server runs it, then sends the next
 * step's message behind it, so the server never waits for the client. The
 * stream underneath guarantees that nothing sent behind a failure runs.
 *
 * Anything else sent on the session (op.query, op.execute, a BEGIN of its
 * own, …) first waits for everything sent ahead to finish; after a failure it
 * is refused, so that nothing of a later step runs once an earlier one has
 * failed, until the runner has dealt with the failure (`recover()`).
 */
import { SkippedAfterFailure } from "../dialects/batch-failure.js";
export class AheadConnection {
    conn;
    open;
    current;
    failed = false;
    /** Settles when everything sent so far has. */
    last = Promise.resolve();
    batch;
    constructor(conn, open) {
        this.conn = conn;
        this.open = open;
        const batch = conn.batch;
        this.batch = batch
            ? async (statements) => {
                await this.settle();
                return batch.call(conn, statements);
            }
            : undefined;
    }
    /** Sends statements behind everything sent so far, without waiting; the promise settles when they have run. */
    sendAhead(statements) {
        if (this.failed)
            return Promise.reject(new SkippedAfterFailure());
        // nothing to send: done once what was sent before it is
        if (statements.length === 0)
            return this.last.then(() => this.checkNotFailed());
        this.current ??= this.open();
        const sent = this.current.send(statements).catch((e) => {
            this.failed = true;
            throw e;
        });
        this.last = sent.then(() => { }, () => { });
        return sent;
    }
    checkNotFailed() {
        if (this.failed)
            throw new SkippedAfterFailure();
    }
    /** Waits for everything sent ahead to finish; the session then takes other statements again. */
    async settle() {
        const stream = this.current;
        this.current = undefined;
        if (stream)
            await stream.end();
        this.checkNotFailed();
    }
    /** After a failure: the runner has seen it, and may roll back. */
    async recover() {
        await this.settle().catch(() => { });
        this.failed = false;
    }
    async query(sql, params, options) {
        await this.settle();
        return this.conn.query(sql, params, options);
    }
    async exec(sql) {
        await this.settle();
        return this.conn.exec(sql);
    }
    async close() {
        await this.settle().catch(() => { });
        return this.conn.close();
    }
}

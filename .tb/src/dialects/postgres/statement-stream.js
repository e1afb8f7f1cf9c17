import { BatchFailure, SkippedAfterFailure } from "../batch-failure.js";
export class PgStatementStream {
    prepareValue;
    unsure;
    wire;
    waiting = []; // sent or to be sent, not yet finished
    unsent = [];
    sentCount = 0;
    completed = 0;
    failure = undefined;
    endRequested = false;
    synced = false;
    ended;
    finish;
    /** Named statements parsed in this stream, by their index in it. */
    parsing = new Map();
    constructor(client, prepareValue, unsure) {
        this.prepareValue = prepareValue;
        this.unsure = unsure;
        this.ended = new Promise((resolve) => {
            this.finish = resolve;
        });
        const submittable = {
            submit: (connection) => {
                this.wire = connection;
                this.write();
            },
            handleRowDescription: () => { },
            handleDataRow: () => { },
            handleEmptyQuery: () => this.complete(), // an empty statement answers with this instead of CommandComplete
            handlePortalSuspended: () => { },
            handleCopyData: () => { },
            handleCopyInResponse: (connection) => connection.sendCopyFail("COPY is not supported here"),
            handleCommandComplete: () => this.complete(),
            handleError: (error) => this.fail(error ?? new Error("the statement failed")),
            handleReadyForQuery: () => this.done(),
        };
        client.query(submittable);
    }
    send(statements) {
        if (this.endRequested)
            return Promise.reject(new Error("the statement stream has ended"));
        if (this.failure !== undefined)
            return Promise.reject(new SkippedAfterFailure());
        if (statements.length === 0)
            return Promise.resolve();
        // values are mapped before anything is written: a value pg can't send must not leave half a message on the wire
        const values = statements.map((s) => (s.params ?? []).map((v) => this.prepareValue(v)));
        return new Promise((resolve, reject) => {
            const group = { statements, values, first: 0, resolve, reject };
            this.waiting.push(group);
            this.unsent.push(group);
            this.write();
        });
    }
    end() {
        this.endRequested = true;
        this.write();
        return this.ended;
    }
    write() {
        const connection = this.wire;
        if (!connection || this.synced)
            return;
        if (this.unsent.length > 0 && this.failure === undefined) {
            connection.stream.cork?.();
            try {
                for (const group of this.unsent) {
                    group.first = this.sentCount;
                    for (const [i, s] of group.statements.entries())
                        this.writeStatement(connection, s, group.values[i] ?? [], this.sentCount + i);
                    this.sentCount += group.statements.length;
                }
                connection.flush();
            }
            finally {
                connection.stream.uncork?.();
            }
        }
        this.unsent = [];
        if (this.endRequested || this.failure !== undefined) {
            this.synced = true;
            connection.sync();
        }
    }
    writeStatement(connection, s, values, index) {
        let name = s.name !== undefined && !this.unsure.has(s.name) ? s.name : "";
        const known = name ? (connection.parsedStatements[name] ?? this.parsedHere(name)) : undefined;
        if (known !== undefined && known !== s.sql)
            name = ""; // the name is taken by another text
        if (!name || known === undefined) {
            connection.parse({ text: s.sql, name });
            if (name)
                this.parsing.set(index, { name, sql: s.sql });
        }
        connection.bind({ portal: "", statement: name, values });
        connection.execute({ portal: "", rows: 0 });
    }
    parsedHere(name) {
        for (const p of this.parsing.values())
            if (p.name === name)
                return p.sql;
        return undefined;
    }
    complete() {
        this.completed++;
        while (this.waiting[0] && this.waiting[0].first + this.waiting[0].statements.length <= this.completed)
            this.waiting.shift()?.resolve();
    }
    fail(error) {
        if (this.failure !== undefined)
            return;
        this.failure = error;
        const failed = this.completed; // the statement that failed, counted from the stream's start
        for (const [i, { name, sql }] of this.parsing) {
            // before the failure: parsed; the failed one: maybe; after it: the server skipped its Parse
            if (i < failed && this.wire)
                this.wire.parsedStatements[name] = sql;
            else if (i === failed)
                this.unsure.add(name);
        }
        this.parsing.clear();
        const [group, ...after] = this.waiting.splice(0);
        group?.reject(new BatchFailure(Math.max(0, failed - group.first), error));
        for (const g of after)
            g.reject(new SkippedAfterFailure());
        this.write(); // the Sync that ends the server's skipping
        // pg has let go of this query on the error: it won't pass on the Sync's
        // ReadyForQuery, and it holds back any other query until that arrives
        this.finish();
    }
    done() {
        // a stream that ended without a failure: its named statements are parsed
        for (const { name, sql } of this.parsing.values())
            if (this.wire)
                this.wire.parsedStatements[name] = sql;
        this.parsing.clear();
        for (const g of this.waiting.splice(0))
            g.reject(new SkippedAfterFailure());
        this.finish();
    }
}

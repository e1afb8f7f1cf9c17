import { AthanorError } from "../errors.js";
/** Whether the session is inside a transaction we opened. */
export class TransactionState {
    conn;
    dialect;
    open = false;
    constructor(conn, dialect) {
        this.conn = conn;
        this.dialect = dialect;
    }
    async begin() {
        if (this.open)
            return;
        await this.conn.query(this.dialect.beginTransaction);
        this.open = true;
    }
    async commit() {
        if (!this.open)
            return;
        await this.conn.query(this.dialect.commitTransaction);
        this.open = false;
    }
    async rollback() {
        if (!this.open)
            return;
        this.open = false;
        await this.conn.query(this.dialect.rollbackTransaction);
    }
}
/** A failed statement, with the SQL that failed. */
export class StatementError extends Error {
    statement;
    original;
    constructor(statement, original) {
        super(original instanceof Error ? original.message : String(original));
        this.statement = statement;
        this.original = original;
    }
}
export class OnlineExecutor {
    conn;
    dialect;
    tx;
    constructor(conn, dialect, tx) {
        this.conn = conn;
        this.dialect = dialect;
        this.tx = tx;
    }
    async run(op) {
        for (const stmt of this.dialect.renderOperation(op))
            await this.exec(stmt);
    }
    async query(sql, params) {
        return (await this.exec({ sql, params }));
    }
    async exec(stmt) {
        try {
            return (await this.conn.query(stmt.sql, stmt.params)).rows;
        }
        catch (e) {
            throw new StatementError(stmt.sql, e);
        }
    }
    async autocommit(fn) {
        const wasOpen = this.tx.open;
        await this.tx.commit();
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
    dialect;
    emit;
    tx;
    constructor(dialect, emit, tx) {
        this.dialect = dialect;
        this.emit = emit;
        this.tx = tx;
    }
    async run(op) {
        for (const stmt of this.dialect.renderOperation(op))
            this.emit(this.dialect.inline(stmt));
    }
    async query() {
        throw new AthanorError("OFFLINE.NEEDS_CONNECTION", "op.query() reads data from a live database and can't run with --sql; guard it with `if (op.offline)` or run online");
    }
    async autocommit(fn) {
        const wasOpen = this.tx.open;
        if (wasOpen) {
            this.emit(this.tx.commitText);
            this.tx.open = false;
        }
        try {
            return await fn();
        }
        finally {
            if (wasOpen) {
                this.emit(this.tx.beginText);
                this.tx.open = true;
            }
        }
    }
}

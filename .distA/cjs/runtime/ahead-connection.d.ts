import type { DatabaseConnection, QueryOptions, QueryResult, SqlStatement, StatementStream } from "../dialects/dialect.js";
export declare class AheadConnection implements DatabaseConnection {
    private readonly conn;
    private readonly open;
    private current;
    private failed;
    /** Settles when everything sent so far has. */
    private last;
    readonly batch: ((statements: readonly SqlStatement[]) => Promise<void>) | undefined;
    constructor(conn: DatabaseConnection, open: () => StatementStream);
    /** Sends statements behind everything sent so far, without waiting; the promise settles when they have run. */
    sendAhead(statements: readonly SqlStatement[]): Promise<void>;
    private checkNotFailed;
    /** Waits for everything sent ahead to finish; the session then takes other statements again. */
    settle(): Promise<void>;
    /** After a failure: the runner has seen it, and may roll back. */
    recover(): Promise<void>;
    query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
    exec(sql: string): Promise<void>;
    close(): Promise<void>;
}

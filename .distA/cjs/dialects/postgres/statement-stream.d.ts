/**
 * Statements pipelined on one pg session: the extended protocol (Parse/Bind/
 * Execute each) with a Flush after every group and a single Sync at the end.
 * The caller may send the next group before the server has finished the
 * last one, so the server never waits for the client. When a statement
 * fails, the server skips everything after it until the Sync: nothing sent
 * behind a failure runs. That is what makes it safe to send a revision's
 * statements behind the previous revision's COMMIT.
 *
 * It goes through pg's documented "submittable" interface (the connection
 * methods pg-cursor uses too): pg keeps it as its active query until the
 * Sync's ReadyForQuery, and queues any other query behind it.
 */
import type { Client } from "pg";
import type { SqlStatement, StatementStream } from "../dialect.js";
export type ValueMapper = (value: unknown) => string | Buffer | null;
/** The parts of pg's wire connection a submittable uses. */
export interface WireConnection {
    parse(message: {
        text: string;
        name: string;
    }): void;
    bind(message: {
        portal: string;
        statement: string;
        values: readonly (string | Buffer | null)[];
    }): void;
    execute(message: {
        portal: string;
        rows: number;
    }): void;
    flush(): void;
    sync(): void;
    sendCopyFail(message: string): void;
    /** Named statements this session has parsed (pg's own bookkeeping, shared with query({ name })). */
    parsedStatements: Record<string, string | undefined>;
    stream: {
        cork?(): void;
        uncork?(): void;
    };
}
/** Statement names whose Parse may have failed: sent unnamed from then on (per session). */
export type UnsureNames = Set<string>;
export declare class PgStatementStream implements StatementStream {
    private readonly prepareValue;
    private readonly unsure;
    private wire;
    private readonly waiting;
    private unsent;
    private sentCount;
    private completed;
    private failure;
    private endRequested;
    private synced;
    private readonly ended;
    private finish;
    /** Named statements parsed in this stream, by their index in it. */
    private readonly parsing;
    constructor(client: Client, prepareValue: ValueMapper, unsure: UnsureNames);
    send(statements: readonly SqlStatement[]): Promise<void>;
    end(): Promise<void>;
    private write;
    private writeStatement;
    private parsedHere;
    private complete;
    private fail;
    private done;
}

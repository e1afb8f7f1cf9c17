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
import { BatchFailure, SkippedAfterFailure } from "../batch-failure.js";
import type { SqlStatement, StatementStream } from "../dialect.js";

export type ValueMapper = (value: unknown) => string | Buffer | null;

/** The parts of pg's wire connection a submittable uses. */
export interface WireConnection {
  parse(message: { text: string; name: string }): void;
  bind(message: { portal: string; statement: string; values: readonly (string | Buffer | null)[] }): void;
  execute(message: { portal: string; rows: number }): void;
  flush(): void;
  sync(): void;
  sendCopyFail(message: string): void;
  /** Named statements this session has parsed (pg's own bookkeeping, shared with query({ name })). */
  parsedStatements: Record<string, string | undefined>;
  stream: { cork?(): void; uncork?(): void };
}

/** Statement names whose Parse may have failed: sent unnamed from then on (per session). */
export type UnsureNames = Set<string>;

interface Group {
  readonly statements: readonly SqlStatement[];
  readonly values: readonly (readonly (string | Buffer | null)[])[];
  /** Statements completed before this group starts. */
  first: number;
  resolve(): void;
  reject(e: unknown): void;
}

export class PgStatementStream implements StatementStream {
  private wire: WireConnection | undefined;
  private readonly waiting: Group[] = []; // sent or to be sent, not yet finished
  private unsent: Group[] = [];
  private sentCount = 0;
  private completed = 0;
  private failure: unknown = undefined;
  private endRequested = false;
  private synced = false;
  private readonly ended: Promise<void>;
  private finish!: () => void;
  /** Named statements parsed in this stream, by their index in it. */
  private readonly parsing = new Map<number, { name: string; sql: string }>();

  constructor(
    client: Client,
    private readonly prepareValue: ValueMapper,
    private readonly unsure: UnsureNames,
  ) {
    this.ended = new Promise<void>((resolve) => {
      this.finish = resolve;
    });
    const submittable = {
      submit: (connection: WireConnection) => {
        this.wire = connection;
        this.write();
      },
      handleRowDescription: () => {},
      handleDataRow: () => {},
      handleEmptyQuery: () => this.complete(), // an empty statement answers with this instead of CommandComplete
      handlePortalSuspended: () => {},
      handleCopyData: () => {},
      handleCopyInResponse: (connection: WireConnection) => connection.sendCopyFail("COPY is not supported here"),
      handleCommandComplete: () => this.complete(),
      handleError: (error: unknown) => this.fail(error ?? new Error("the statement failed")),
      handleReadyForQuery: () => this.done(),
    };
    (client as unknown as { query(q: unknown): void }).query(submittable);
  }

  send(statements: readonly SqlStatement[]): Promise<void> {
    if (this.endRequested) return Promise.reject(new Error("the statement stream has ended"));
    if (this.failure !== undefined) return Promise.reject(new SkippedAfterFailure());
    if (statements.length === 0) return Promise.resolve();
    // values are mapped before anything is written: a value pg can't send must not leave half a message on the wire
    const values = statements.map((s) => (s.params ?? []).map((v) => this.prepareValue(v)));
    return new Promise<void>((resolve, reject) => {
      const group: Group = { statements, values, first: 0, resolve, reject };
      this.waiting.push(group);
      this.unsent.push(group);
      this.write();
    });
  }

  end(): Promise<void> {
    this.endRequested = true;
    this.write();
    return this.ended;
  }

  private write(): void {
    const connection = this.wire;
    if (!connection || this.synced) return;
    if (this.unsent.length > 0 && this.failure === undefined) {
      connection.stream.cork?.();
      try {
        for (const group of this.unsent) {
          group.first = this.sentCount;
          for (const [i, s] of group.statements.entries()) this.writeStatement(connection, s, group.values[i] ?? [], this.sentCount + i);
          this.sentCount += group.statements.length;
        }
        connection.flush();
      } finally {
        connection.stream.uncork?.();
      }
    }
    this.unsent = [];
    if (this.endRequested || this.failure !== undefined) {
      this.synced = true;
      connection.sync();
    }
  }

  private writeStatement(connection: WireConnection, s: SqlStatement, values: readonly (string | Buffer | null)[], index: number): void {
    let name = s.name !== undefined && !this.unsure.has(s.name) ? s.name : "";
    const known = name ? (connection.parsedStatements[name] ?? this.parsedHere(name)) : undefined;
    if (known !== undefined && known !== s.sql) name = ""; // the name is taken by another text
    if (!name || known === undefined) {
      connection.parse({ text: s.sql, name });
      if (name) this.parsing.set(index, { name, sql: s.sql });
    }
    connection.bind({ portal: "", statement: name, values });
    connection.execute({ portal: "", rows: 0 });
  }

  private parsedHere(name: string): string | undefined {
    for (const p of this.parsing.values()) if (p.name === name) return p.sql;
    return undefined;
  }

  private complete(): void {
    this.completed++;
    while (this.waiting[0] && this.waiting[0].first + this.waiting[0].statements.length <= this.completed) this.waiting.shift()?.resolve();
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    const failed = this.completed; // the statement that failed, counted from the stream's start
    for (const [i, { name, sql }] of this.parsing) {
      // before the failure: parsed; the failed one: maybe; after it: the server skipped its Parse
      if (i < failed && this.wire) this.wire.parsedStatements[name] = sql;
      else if (i === failed) this.unsure.add(name);
    }
    this.parsing.clear();
    const [group, ...after] = this.waiting.splice(0);
    group?.reject(new BatchFailure(Math.max(0, failed - group.first), error));
    for (const g of after) g.reject(new SkippedAfterFailure());
    this.write(); // the Sync that ends the server's skipping
    // pg has let go of this query on the error: it won't pass on the Sync's
    // ReadyForQuery, and it holds back any other query until that arrives
    this.finish();
  }

  private done(): void {
    // a stream that ended without a failure: its named statements are parsed
    for (const { name, sql } of this.parsing.values()) if (this.wire) this.wire.parsedStatements[name] = sql;
    this.parsing.clear();
    for (const g of this.waiting.splice(0)) g.reject(new SkippedAfterFailure());
    this.finish();
  }
}

/**
 * Executes operations for a revision's upgrade()/downgrade(): online against
 * the session (tracking the transaction so op.autocommit() can step out of
 * it), or offline into a SQL script.
 */
import type { DatabaseConnection, Dialect, DialectRenderer, RenderSession, SqlLexer, SqlStatement, TransactionGuard } from "../dialects/dialect.js";
import { BatchFailure, SkippedAfterFailure } from "../dialects/batch-failure.js";
import { AthanorError } from "../errors.js";
import type { Operation } from "../operations/operation.js";
import type { OperationExecutor } from "../operations/migration-ops.js";
import { describeThrown } from "../util/describe-thrown.js";

/**
 * Whether the session is inside a transaction we opened. With `deferBegin`
 * (and a connection that can batch), BEGIN isn't sent on its own: it goes out
 * in front of the transaction's first statement (see OnlineExecutor.flush),
 * one round trip less per transaction. Whoever sends a statement on the
 * connection directly calls `materialize()` first.
 */
export class TransactionState {
  open = false;
  /** BEGIN is owed: the transaction is open for us, not yet for the server. */
  private pendingBegin = false;
  /** COMMITs so far (a step that saw one in its middle, through op.autocommit, spanned transactions). */
  commits = 0;
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
  abortedBy: StatementError | null = null;
  constructor(
    private readonly conn: DatabaseConnection,
    private readonly dialect: Dialect,
    private readonly options: { deferBegin?: boolean; guard?: TransactionGuard | undefined } = {},
  ) {}
  async begin(): Promise<void> {
    if (this.open) return;
    this.abortedBy = null;
    const guard = this.options.guard;
    if (guard) await runGuardStatements(this.conn, guard.beforeBegin);
    if (this.options.deferBegin && this.conn.batch && !guard) this.pendingBegin = true;
    else {
      try {
        await this.conn.query(this.dialect.beginTransaction);
      } catch (e) {
        // no transaction to end: what the guard changed before BEGIN (SQLite: foreign keys off) is undone
        // here, or a connection that outlives the run (the application's own) keeps it
        if (guard) await runGuardStatements(this.conn, guard.afterEnd).catch(() => {});
        throw e;
      }
    }
    this.open = true;
  }
  /** Sends the owed BEGIN, if any. */
  async materialize(): Promise<void> {
    if (!this.pendingBegin) return;
    this.pendingBegin = false;
    await this.conn.query(this.dialect.beginTransaction);
  }
  /** The owed BEGIN, for the caller to send in front of its statements (null if none). */
  takeBegin(): string | null {
    if (!this.pendingBegin) return null;
    this.pendingBegin = false;
    return this.dialect.beginTransaction;
  }
  /** A statement of the open transaction failed (it is aborted). */
  failed(e: StatementError): void {
    if (this.open) this.abortedBy ??= e;
  }
  async commit(): Promise<void> {
    if (!this.open) return;
    if (this.abortedBy) throw transactionAborted(this.abortedBy, "the revision");
    await this.beforeCommit?.();
    if (this.pendingBegin) {
      // nothing was sent: there is nothing to commit
      this.pendingBegin = false;
      this.open = false;
      return;
    }
    const guard = this.options.guard;
    if (guard) await checkGuard(this.conn, guard);
    await this.conn.query(this.dialect.commitTransaction);
    this.open = false;
    if (guard) await runGuardStatements(this.conn, guard.afterEnd);
    this.commits++;
    this.afterCommit?.();
  }
  /** COMMIT as a statement, for a caller that sends it at the end of its own batch (then calls `committed()`). */
  commitStatement(): SqlStatement {
    return { sql: this.dialect.commitTransaction };
  }
  /** The COMMIT sent in a batch succeeded. */
  committed(): void {
    this.open = false;
    this.pendingBegin = false;
    this.commits++;
  }
  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.abortedBy = null;
    if (this.pendingBegin) {
      this.pendingBegin = false;
      return;
    }
    try {
      await this.conn.query(this.dialect.rollbackTransaction);
    } finally {
      // also when ROLLBACK fails because the database already ended the transaction itself (SQLite does on some errors)
      if (this.options.guard) await runGuardStatements(this.conn, this.options.guard.afterEnd);
    }
  }
}

/** The error for a transaction that a caught statement failure aborted; `who` went on after it (`upgrade()`). */
export function transactionAborted(e: StatementError, who: string): AthanorError {
  const sql = e.statement.replace(/\s+/g, " ").trim();
  return new AthanorError(
    "MIGRATION.TRANSACTION_ABORTED",
    `the statement ${sql.length > 200 ? `${sql.slice(0, 197)}...` : sql} failed (${e.message}) and ${who} went on; ` +
      "a failed statement aborts the transaction, so nothing of it can commit: let the error propagate, or run a statement that may fail in op.autocommit",
    { cause: e },
  );
}

/** A failed statement, with the SQL that failed. */
export class StatementError extends Error {
  constructor(
    readonly statement: string,
    readonly original: unknown,
    /** The statement object that failed, when the caller handed one in (see OnlineExecutor.dispatch). */
    readonly source?: SqlStatement,
  ) {
    super(describeThrown(original));
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
export class OnlineExecutor implements OperationExecutor {
  /** Called right after statements have been sent, while the server works on them. */
  whileWaiting: (() => void) | undefined;
  batching = false;
  private queue: SqlStatement[] = [];
  /** The current step's statements sent (or queued) inside its transaction, not committed yet. */
  private inTransaction: string[] = [];
  /**
   * The current step's statements that are committed although its version
   * record is not (yet): committed by op.autocommit, or run outside a
   * transaction. A failure of the step leaves them in place.
   */
  committedInStep: string[] = [];

  /** The renderer's session (when it has one): it reads the live schema through the session, after what was queued. */
  private readonly session: RenderSession | undefined;

  constructor(
    private readonly conn: DatabaseConnection,
    private readonly renderer: DialectRenderer,
    private readonly tx: TransactionState,
  ) {
    this.session = renderer.session?.({
      query: async <R>(sql: string, params?: readonly unknown[]) => {
        await this.flushQueue();
        await this.tx.materialize();
        return (await this.conn.query<R>(sql, params)).rows;
      },
    });
  }

  /** A new step begins: what the last one committed is the runner's now. */
  startStep(): void {
    this.inTransaction = [];
    this.committedInStep = [];
  }

  async run(op: Operation): Promise<void> {
    const canBatch = this.batching && this.tx.open && this.conn.batch !== undefined;
    const statements = this.session ? await this.session.render(op) : this.renderer.renderOperation(op);
    if (op.kind === "execute") {
      // raw SQL runs before op.execute returns, so that its failure is thrown there; several statements without
      // values (a script cut where the database ends a statement) go in one round trip inside a transaction
      const together = canBatch && statements.length > 1 && statements.every((s) => !(s.params && s.params.length > 0));
      await this.queueOrRun(statements, together);
      if (together) await this.flush();
      return;
    }
    // the queue only: what the session holds now comes after these statements
    await this.queueOrRun(statements, canBatch);
  }

  /** Queues each statement without values when `canQueue`; else sends the queue, then the statement. */
  private async queueOrRun(statements: readonly SqlStatement[], canQueue: boolean): Promise<void> {
    for (const stmt of statements) {
      if (canQueue && !(stmt.params && stmt.params.length > 0)) {
        this.queue.push(stmt);
        this.inTransaction.push(stmt.sql);
      } else {
        await this.flushQueue();
        await this.exec(stmt);
      }
    }
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    await this.flush();
    return (await this.exec({ sql, params })) as R[];
  }

  /** Sends what the renderer's session held back and the queued statements (with an owed BEGIN in front) and waits for them. */
  async flush(): Promise<void> {
    await this.settleSession();
    await this.flushQueue();
  }

  /** The statements the renderer's session held back (a rebuild kept open), queued or run. */
  private async settleSession(): Promise<void> {
    const held = this.session?.flush?.() ?? [];
    if (held.length === 0) return;
    await this.queueOrRun(held, this.batching && this.tx.open && this.conn.batch !== undefined);
  }

  private async flushQueue(): Promise<void> {
    if (this.queue.length === 0) return;
    try {
      await this.dispatch([], (statements) => {
        const only = statements.length === 1 ? statements[0] : undefined;
        if (only) return this.conn.query(only.sql, only.params, { name: only.name });
        if (!this.conn.batch) throw new Error("this connection can't send statements in one message");
        return this.conn.batch(statements);
      });
    } catch (e) {
      if (e instanceof StatementError) this.tx.failed(e);
      throw e;
    }
  }

  /**
   * Hands the queued statements (an owed BEGIN in front, `tail` behind) to
   * `send` and returns at once: the promise settles when they have run, and
   * rejects with a StatementError naming the statement that failed.
   */
  dispatch(tail: readonly SqlStatement[], send: (statements: readonly SqlStatement[]) => Promise<unknown>): Promise<void> {
    for (const stmt of this.session?.flush?.() ?? []) {
      this.queue.push(stmt);
      this.inTransaction.push(stmt.sql);
    }
    const begin = this.tx.takeBegin();
    const statements = [...(begin ? [{ sql: begin }] : []), ...this.queue, ...tail];
    this.queue = [];
    let pending: Promise<unknown>;
    try {
      pending = send(statements);
    } catch (e) {
      pending = Promise.reject(e);
    }
    this.whileWaiting?.();
    return pending.then(
      () => {},
      (e: unknown) => {
        if (e instanceof SkippedAfterFailure) throw e;
        const failed = e instanceof BatchFailure ? statements[e.index] : statements[statements.length - 1];
        throw new StatementError(failed?.sql ?? "", e instanceof BatchFailure ? e.error : e, failed);
      },
    );
  }

  /** Drops what is queued (the transaction is being rolled back). */
  discard(): void {
    try {
      this.session?.flush?.();
    } catch {
      // what the session held back would have been refused: the transaction is being rolled back anyway
    }
    this.queue = [];
  }

  private async exec(stmt: SqlStatement): Promise<unknown[]> {
    await this.tx.materialize();
    const inTransaction = this.tx.open;
    let rows: unknown[];
    try {
      const pending = this.conn.query(stmt.sql, stmt.params);
      this.whileWaiting?.();
      rows = (await pending).rows;
    } catch (e) {
      const failed = new StatementError(stmt.sql, e);
      this.tx.failed(failed);
      throw failed;
    }
    (inTransaction ? this.inTransaction : this.committedInStep).push(stmt.sql);
    return rows;
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    await this.flush();
    const wasOpen = this.tx.open;
    await this.tx.commit();
    // what the step ran so far is committed now, its version record is not
    this.committedInStep.push(...this.inTransaction.splice(0));
    try {
      return await fn();
    } finally {
      if (wasOpen) await this.tx.begin();
    }
  }
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
export class OfflineExecutor implements OperationExecutor {
  /** The renderer's session (when it has one): it knows what the script's earlier operations did. */
  private readonly session: RenderSession | undefined;

  constructor(
    private readonly renderer: DialectRenderer,
    private readonly emit: (sql: string) => void,
    private readonly tx: OfflineTransaction,
    private readonly lexer: SqlLexer,
  ) {
    this.session = renderer.session?.(null);
  }

  async run(op: Operation): Promise<void> {
    // the user's SQL that the dialect's lexer says can't run (or has no effect) inside a transaction, in the script's
    // BEGIN ... COMMIT: refused here, as the online run refuses it, not left for the client to skip or fail. (An
    // operation Athanor renders itself is placed by the renderer.)
    const reason = this.tx.open && op.kind === "execute" ? this.lexer.noTransactionReason(op) : null;
    if (reason) {
      throw new AthanorError(
        "MIGRATION.NEEDS_NO_TRANSACTION",
        `${reason}: run it in a revision with \`export const transactional = false\` (the script then writes it outside BEGIN ... COMMIT)`,
      );
    }
    const statements = this.session ? await this.session.render(op) : this.renderer.renderOperation(op);
    for (const stmt of statements) this.emit(this.renderer.inline(stmt));
  }

  /** Whether the renderer's session follows operations that ran before the script (RenderSession.prime). */
  get primes(): boolean {
    return this.session?.prime !== undefined;
  }

  /** Notes an operation of a revision that ran before the script starts; writes nothing. */
  prime(op: Operation): void {
    this.session?.prime?.(op);
  }

  /** Writes what the renderer's session held back (at the end of a step, before a COMMIT). */
  flush(): void {
    for (const stmt of this.session?.flush?.() ?? []) this.emit(this.renderer.inline(stmt));
  }

  async query<R>(): Promise<R[]> {
    throw new AthanorError(
      "OFFLINE.NEEDS_CONNECTION",
      "op.query() reads data from a live database and can't run with --sql; skip it when `op.offline` is true (`if (!op.offline) { ... }`) or run online",
    );
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    this.flush();
    const wasOpen = this.tx.open;
    this.tx.commit();
    try {
      return await fn();
    } finally {
      if (wasOpen) this.tx.begin();
    }
  }
}

async function runGuardStatements(conn: DatabaseConnection, statements: readonly SqlStatement[]): Promise<void> {
  for (const stmt of statements) await conn.query(stmt.sql, stmt.params);
}

/** The guard's check before COMMIT: a reason not to commit fails the step (the caller rolls back). */
async function checkGuard(conn: DatabaseConnection, guard: TransactionGuard): Promise<void> {
  const why = await guard.check({ query: async <R>(sql: string, params?: readonly unknown[]) => (await conn.query<R>(sql, params)).rows });
  if (why !== null) throw new AthanorError("MIGRATION.FOREIGN_KEY_VIOLATION", why);
}

/**
 * Executes operations for a revision's upgrade()/downgrade(): online against
 * the session (tracking the transaction so op.autocommit() can step out of
 * it), or offline into a SQL script.
 */
import type { DatabaseConnection, Dialect, DialectRenderer, SqlStatement } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { Operation } from "../operations/operation.js";
import type { OperationExecutor } from "../operations/migration-ops.js";

/** Whether the session is inside a transaction we opened. */
export class TransactionState {
  open = false;
  /** Runs inside the transaction just before each COMMIT (per-run mode writes its version records then). */
  beforeCommit: (() => Promise<void>) | undefined;
  constructor(
    private readonly conn: DatabaseConnection,
    private readonly dialect: Dialect,
  ) {}
  async begin(): Promise<void> {
    if (this.open) return;
    await this.conn.query(this.dialect.beginTransaction);
    this.open = true;
  }
  async commit(): Promise<void> {
    if (!this.open) return;
    await this.beforeCommit?.();
    await this.conn.query(this.dialect.commitTransaction);
    this.open = false;
  }
  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.conn.query(this.dialect.rollbackTransaction);
  }
}

/** A failed statement, with the SQL that failed. */
export class StatementError extends Error {
  constructor(
    readonly statement: string,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

export class OnlineExecutor implements OperationExecutor {
  /** Called right after each of a revision's statements has been sent, while the server works on it. */
  whileWaiting: (() => void) | undefined;

  constructor(
    private readonly conn: DatabaseConnection,
    private readonly renderer: DialectRenderer,
    private readonly tx: TransactionState,
  ) {}

  async run(op: Operation): Promise<void> {
    for (const stmt of this.renderer.renderOperation(op)) await this.exec(stmt);
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return (await this.exec({ sql, params })) as R[];
  }

  private async exec(stmt: SqlStatement): Promise<unknown[]> {
    try {
      const pending = this.conn.query(stmt.sql, stmt.params);
      this.whileWaiting?.();
      return (await pending).rows;
    } catch (e) {
      throw new StatementError(stmt.sql, e);
    }
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    const wasOpen = this.tx.open;
    await this.tx.commit();
    try {
      return await fn();
    } finally {
      if (wasOpen) await this.tx.begin();
    }
  }
}

/** Collects SQL text for `--sql`. */
export class OfflineExecutor implements OperationExecutor {
  constructor(
    private readonly renderer: DialectRenderer,
    private readonly emit: (sql: string) => void,
    private readonly tx: { open: boolean; beginText: string; commitText: string },
  ) {}

  async run(op: Operation): Promise<void> {
    for (const stmt of this.renderer.renderOperation(op)) this.emit(this.renderer.inline(stmt));
  }

  async query<R>(): Promise<R[]> {
    throw new AthanorError(
      "OFFLINE.NEEDS_CONNECTION",
      "op.query() reads data from a live database and can't run with --sql; guard it with `if (op.offline)` or run online",
    );
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    const wasOpen = this.tx.open;
    if (wasOpen) {
      this.emit(this.tx.commitText);
      this.tx.open = false;
    }
    try {
      return await fn();
    } finally {
      if (wasOpen) {
        this.emit(this.tx.beginText);
        this.tx.open = true;
      }
    }
  }
}

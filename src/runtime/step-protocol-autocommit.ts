/**
 * The step protocol for dialects without transactional DDL (MySQL, MariaDB:
 * every DDL statement commits by itself). What is promised still holds:
 * nothing is reported as applied that was not, and nothing half-applied goes
 * unnoticed.
 *
 * For each revision, in order:
 * - Statements that don't commit by themselves (data: INSERT, UPDATE, ...)
 *   run in a transaction. A revision with data statements only runs exactly
 *   as on PostgreSQL: its statements, its version-table change and its log row
 *   commit together.
 * - Before the first statement that commits by itself (DDL, as the dialect's
 *   lexer tells), the revision's log row is committed with status `running`
 *   (together with the data statements before it, counted). After each such
 *   statement the row counts it: how many statements have committed and each
 *   one's checksum. Data statements between two DDL statements commit with
 *   their count, in one transaction, before the next DDL.
 * - Only when every statement has run are the version-table change and the
 *   log row's `finished` mark written, in one transaction.
 * - Outside a transaction (op.autocommit, `transactional = false`) a data
 *   statement commits at once, in one transaction with its count.
 * - A failure marks the row `failed` with the count (a killed process, or a
 *   lost connection, leaves it `running`: the statement after the counted
 *   ones may or may not have committed) and says how many of the revision's
 *   statements had committed. The revision is then half-applied
 *   (half-applied.ts) until `athanor resolve` or a rerun that resumes it: the
 *   statements already counted are skipped, each checked against its checksum
 *   (the file's earlier statements must be unchanged). A resumed `failed` row
 *   is set back to `running` before the rerun's first statement; a resumed
 *   `running` row stays `running` if the rerun fails before it gets past the
 *   statement whose outcome is unknown.
 *
 * `per-run` is refused before this runs (step-protocol.ts). `op.query()` reads
 * run in the open transaction (or by themselves) and are not counted: a
 * rerun runs them again.
 */
import { hostname } from "node:os";
import type { DatabaseConnection, Dialect, DialectRenderer, QueryResult, RenderSession, SqlStatement, StepLogSql, UnfinishedStep, VersionLogEntry } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import { MigrationOps, type OperationExecutor } from "../operations/migration-ops.js";
import { executeOp } from "../operations/execute.js";
import type { Operation } from "../operations/operation.js";
import type { SqlValue } from "../schema/value.js";
import { OperationTracker } from "../operations/operation-tracker.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { asClause, describeThrown } from "../util/describe-thrown.js";
import { RUNBOOK } from "./half-applied.js";
import type { Session } from "./open-session.js";
import { type PlannedStep, stepLabel } from "./planned-step.js";
import { callRevision, revisionFunction } from "./revision-call.js";
import { RevisionPrefetch } from "./revision-prefetch.js";
import { committedEarlier, failedStepWhere } from "./failed-step.js";
import { committedSoFar, isStop, letSignalsArrive, stoppedBefore } from "./stopped-run.js";
import { MigrationFailedError, type RunStepsOptions, type StepResult } from "./run-steps.js";
import { StatementError } from "./step-executor.js";
import { VersionRecordError, type VersionStore } from "./version-store.js";
import { nodeCrypto } from "../util/node-crypto.js";

export interface AutocommitRunOptions extends RunStepsOptions {
  /** The half-applied row of the run's first step, to resume from (see half-applied.ts). */
  resume?: UnfinishedStep | null;
}

/** A statement's checksum in the log: its SQL and values. */
export function statementChecksum(stmt: SqlStatement): string {
  const h = nodeCrypto().createHash("sha256").update(stmt.sql);
  if (stmt.params && stmt.params.length > 0) h.update("\u0000").update(JSON.stringify(stmt.params, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  return h.digest("hex").slice(0, 16);
}

/** A step's statements failed after some of them had committed. */
class StepFailure extends Error {
  constructor(
    readonly statement: string | null,
    readonly index: number | null,
    readonly committed: number,
    override readonly cause: unknown,
  ) {
    super(describeThrown(cause));
  }
}

/**
 * Runs a revision's operations statement by statement and keeps its log row
 * up to date (see the file's comment).
 */
class AutocommitExecutor implements OperationExecutor {
  txOpen = false;
  /** Run the data statements each by itself, counted (op.autocommit, `transactional = false`). */
  private noTx = false;
  private rowId: number | null = null;
  /** Checksums of the statements committed and counted. */
  private done: string[] = [];
  /** Checksums of the data statements run in the open transaction. */
  private pending: string[] = [];
  /**
   * The last DDL statement's count is not written yet: it is written before
   * anything else runs, or with the finished mark (a revision's last
   * statement then costs no write of its own). A process killed in between
   * leaves the row `running`, one statement short: "statement n may or may
   * not have run", which is true.
   */
  private countOwed = false;
  /** Counted statements seen so far in this step (skipped ones included). */
  private seen = 0;
  private resume: UnfinishedStep | null = null;
  /** The resumed row was set back to `running` (see markResumedRunning). */
  private resumedMarked = false;
  /** The row could not be marked failed (the connection was lost): it still says `running`. */
  rowLeftRunning = false;
  /** Every statement has run: the version-table change and the finished mark are being written. */
  finishing = false;
  private entry: VersionLogEntry | null = null;
  whileWaiting: (() => void) | undefined;

  constructor(
    private readonly conn: DatabaseConnection,
    private readonly dialect: Dialect,
    private readonly renderer: DialectRenderer,
    private readonly store: VersionStore,
    private readonly log: StepLogSql,
  ) {
    this.session = renderer.session?.({ query: async (sql, params) => (await this.conn.query(sql, params)).rows as never[] });
  }

  startStep(entry: VersionLogEntry, resume: UnfinishedStep | null, transactional: boolean): void {
    this.rowLeftRunning = false;
    this.finishing = false;
    this.resumedMarked = false;
    this.entry = entry;
    this.resume = resume;
    this.rowId = resume ? resume.id : null;
    this.done = resume ? resume.checksums.slice(0, resume.statementsDone) : [];
    this.pending = [];
    this.seen = 0;
    this.countOwed = false;
    this.noTx = !transactional;
  }

  get committed(): number {
    return this.done.length;
  }

  private get progress() {
    const checksums = [...this.done, ...this.pending];
    return { statementsDone: checksums.length, checksums };
  }

  private async send(s: SqlStatement): Promise<QueryResult<unknown>> {
    const pending = this.conn.query(s.sql, s.params);
    this.whileWaiting?.();
    return pending;
  }

  private async begin(): Promise<void> {
    if (this.txOpen) return;
    await this.conn.query(this.dialect.beginTransaction);
    this.txOpen = true;
  }

  private async commit(): Promise<void> {
    if (!this.txOpen) return;
    await this.conn.query(this.dialect.commitTransaction);
    this.txOpen = false;
  }

  /** Commits the data statements run so far with their count; the first time, the `running` row is written. */
  private async commitPoint(): Promise<void> {
    await this.markResumedRunning();
    if (this.rowId === null) {
      const inserted = await this.send(this.log.insertRunning(this.store.ref, this.entry as VersionLogEntry, this.progress));
      // the driver's result names the row's id (one round trip less a revision); else ask
      this.rowId = inserted.insertId ?? Number((await this.conn.query<{ id: unknown }>(this.log.lastInsertId().sql)).rows[0]?.id);
    } else if (this.countOwed || (this.txOpen && this.pending.length > 0)) {
      await this.send(this.log.updateProgress(this.store.ref, this.rowId, this.progress));
    }
    this.countOwed = false;
    await this.commit();
    this.done.push(...this.pending.splice(0));
  }

  /**
   * A resumed `failed` row says `running` again before the rerun's first statement: killed from here on, the
   * rerun leaves a row whose statement after the counted ones may have committed, as it says, and not the
   * earlier failure of a statement that may have committed since.
   */
  private async markResumedRunning(): Promise<void> {
    if (this.resumedMarked || this.resume?.status !== "failed" || this.rowId === null) return;
    this.resumedMarked = true;
    await this.send(this.log.markRunning(this.store.ref, this.rowId));
  }

  /** Writes the last DDL statement's count before a data statement runs (in a transaction that could roll back). */
  private async payCount(): Promise<void> {
    if (!this.countOwed || this.rowId === null) return;
    this.countOwed = false;
    await this.send(this.log.updateProgress(this.store.ref, this.rowId, this.progress));
  }

  /** One statement of the revision: skipped when a resumed run already committed it, else run and counted. */
  private async statement(stmt: SqlStatement): Promise<unknown[]> {
    const sum = statementChecksum(stmt);
    const index = this.seen++;
    const resume = this.resume;
    if (resume && index < resume.statementsDone) {
      if (resume.checksums[index] !== sum)
        throw new AthanorError(
          "MIGRATION.RESUME_CHANGED",
          `statement ${index + 1} differs from the one that committed when revision ${resume.revision} last ran (${oneLine(stmt.sql)}), so the rerun can't resume it: ` +
            `keep its first ${resume.statementsDone} statement(s) as they were, or fix the schema by hand and run 'athanor resolve ${resume.revision} --applied' or '--rolled-back' (${RUNBOOK})`,
        );
      return [];
    }
    const ddl = this.dialect.sqlLexer.commitsImplicitly?.(stmt.sql) ?? true;
    if (ddl) {
      await this.commitPoint();
      const rows = await this.exec(stmt, index);
      this.done.push(sum);
      this.countOwed = true;
      return rows;
    }
    if (!this.txOpen) {
      await this.payCount();
      await this.markResumedRunning();
    }
    await this.begin();
    const rows = await this.exec(stmt, index);
    this.pending.push(sum);
    // outside the revision's transaction (op.autocommit, `transactional = false`) a data statement commits
    // at once, and its count with it: a process killed after the COMMIT can't leave it uncounted, to run again
    if (this.noTx) await this.commitPoint();
    return rows;
  }

  private async exec(stmt: SqlStatement, index: number | null): Promise<unknown[]> {
    try {
      return (await this.send(stmt)).rows;
    } catch (e) {
      throw new StepFailure(stmt.sql, index, this.done.length, new StatementError(stmt.sql, e, stmt));
    }
  }

  /** The renderer's session (when it has one): it reads the live schema, after what the step has run so far. */
  private readonly session: RenderSession | undefined;

  async run(op: Operation): Promise<void> {
    const statements = this.session ? await this.session.render(op) : this.renderer.renderOperation(op);
    for (const stmt of statements) await this.statement(stmt);
  }

  /** Runs what the renderer's session held back (it may refuse instead): before a query, op.autocommit and the step's end. */
  private async settleSession(): Promise<void> {
    for (const stmt of this.session?.flush?.() ?? []) await this.statement(stmt);
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    await this.settleSession();
    // `$1`, `$2`, ... as on every dialect: the renderer writes them in the dialect's placeholders
    const rendered = this.renderer.renderOperation(executeOp(sql, params));
    if (rendered.length > 1)
      throw new AthanorError(
        "OPERATION.INVALID",
        `op.query() runs one statement and returns its rows, and this SQL holds ${rendered.length}; run the others with op.execute(): ${oneLine(sql, 200)}`,
      );
    const stmt = rendered[0] ?? { sql };
    if (this.dialect.sqlLexer.commitsImplicitly?.(sql)) return (await this.statement(stmt)) as R[];
    if (!this.txOpen) await this.payCount();
    if (!this.noTx) await this.begin();
    return (await this.exec(stmt, null)) as R[];
  }

  async autocommit<T>(fn: () => Promise<T>): Promise<T> {
    await this.settleSession();
    if (this.txOpen) await this.commitPoint();
    const was = this.noTx;
    this.noTx = true;
    try {
      return await fn();
    } finally {
      this.noTx = was;
    }
  }

  /** All statements ran: the version-table change and the log's finished mark, in one transaction. */
  async finish(actions: PlannedStep["actions"], durationMs: number): Promise<void> {
    await this.settleSession();
    const resume = this.resume;
    if (resume && this.seen < resume.statementsDone)
      throw new AthanorError(
        "MIGRATION.RESUME_CHANGED",
        `revision ${resume.revision} now has ${this.seen} statement(s), fewer than the ${resume.statementsDone} that committed when it last ran, so the rerun can't resume it; ` +
          `fix the schema by hand and run 'athanor resolve ${resume.revision} --applied' or '--rolled-back' (${RUNBOOK})`,
      );
    this.finishing = true;
    await this.begin();
    for (const action of actions) {
      try {
        await this.store.apply(this.conn, action);
      } catch (e) {
        throw e instanceof AthanorError ? e : new VersionRecordError([action], e);
      }
    }
    const entry = { ...(this.entry as VersionLogEntry), durationMs };
    await this.send(
      this.rowId === null
        ? this.log.insertFinished(this.store.ref, entry, this.progress)
        : this.log.markFinished(this.store.ref, this.rowId, this.progress, durationMs, entry.checksum),
    );
    await this.commit();
    this.done.push(...this.pending.splice(0));
  }

  /**
   * After a failure: the open transaction is rolled back; a `running` row is
   * marked failed with what committed. Not when this run resumed a revision
   * whose earlier run stopped and has not got past the statement that was
   * running then: whether that one committed is still unknown, which the row
   * keeps saying (`running`); marked failed with its count, it would claim
   * the statement never ran.
   */
  async fail(failedStatement: string | null): Promise<void> {
    this.discardSession();
    if (this.txOpen) {
      this.txOpen = false;
      this.pending = [];
      await this.conn.query(this.dialect.rollbackTransaction).catch(() => {});
    }
    if (this.rowId === null) return;
    if (this.uncertain !== null) {
      this.rowLeftRunning = true;
      return;
    }
    await this.send(this.log.markFailed(this.store.ref, this.rowId, this.progress, failedStatement)).then(
      () => {},
      () => {
        this.rowLeftRunning = true;
      },
    );
  }

  /** Drops what the renderer's session held back (the step failed: it must not run, nor be refused again). */
  private discardSession(): void {
    try {
      this.session?.flush?.();
    } catch {
      // a held-back refusal: the step has failed already
    }
  }

  /** Whether the step left statements committed (its row exists and counts some, or one of them may have committed). */
  get halfApplied(): boolean {
    return this.rowId !== null && (this.done.length > 0 || this.uncertain !== null || this.rowLeftRunning);
  }

  /**
   * Resuming a revision whose earlier run stopped without finishing (its row
   * `running`: the process was killed or lost its connection): the statement
   * after the counted ones may have committed then. Until this run has
   * committed a statement past it, that stays unknown: the index (from 0) of
   * that statement, else null.
   */
  get uncertain(): number | null {
    const r = this.resume;
    return r && r.status === "running" && this.done.length <= r.statementsDone ? r.statementsDone : null;
  }

}

export async function runSteps(
  session: Session,
  store: VersionStore,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  opts: AutocommitRunOptions,
): Promise<StepResult[]> {
  const { dialect, conn } = session;
  const log = dialect.versionTable.stepLog;
  if (!log) {
    throw new AthanorError(
      "DIALECT.NOT_IMPLEMENTED",
      `${dialect.name} has no transactional DDL and its version table has no step log (versionTable.stepLog), which running migrations without transactional DDL needs`,
    );
  }
  const executor = new AutocommitExecutor(conn, dialect, await dialect.renderer(conn), store, log);
  const tracker = new OperationTracker();
  const op = new MigrationOps(executor, { tracker, context: scripts.config.context, sqlLexer: dialect.sqlLexer });
  const prefetch = new RevisionPrefetch(
    scripts,
    steps.map((s) => (s.revision !== null && !s.stamp ? s.revision : null)),
  );
  executor.whileWaiting = () => prefetch.advance();
  const host = hostname();
  const results: StepResult[] = [];
  let current: PlannedStep | undefined;
  try {
    for (const [i, step] of steps.entries()) {
      if (opts.signal) await letSignalsArrive();
      if (opts.signal?.aborted) throw stoppedBefore(opts.signal, step);
      current = step;
      const started = Date.now();
      const touched = step.revision ?? step.to[0] ?? step.from[0] ?? null;
      const direction: VersionLogEntry["direction"] = step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction;
      let checksum: string | null = null;
      let fn: ReturnType<typeof revisionFunction> | null = null;
      let transactional = true;
      const resume = i === 0 && opts.resume && opts.resume.revision === step.revision ? opts.resume : null;
      if (step.revision !== null && !step.stamp) {
        try {
          const imported = await prefetch.get(i);
          checksum = imported.checksum;
          const script = scripts.script(step.revision);
          fn = revisionFunction(imported.module, step.direction, script.path, step.revision);
          transactional = imported.module.transactional !== false && script.transactional;
        } catch (e) {
          // the file can't be loaded: nothing of this run ran, and a resumed revision stays as its earlier run left it
          if (!resume) throw e;
          const uncertain = resume.status === "running" ? resume.statementsDone : null;
          throw Object.assign(new StepFailure(null, null, resume.statementsDone, e), { halfApplied: true, uncertain });
        }
      }
      if (resume)
        opts.log(
          `Resuming ${step.revision} after its ${resume.statementsDone} committed statement(s)` +
            (resume.status === "running"
              ? `; statement ${resume.statementsDone + 1} was running when its earlier run stopped and may have committed then: it runs again`
              : ""),
        );
      const entry: VersionLogEntry = { revision: touched ?? "", direction, startedAt: new Date(started), durationMs: null, checksum, host };
      executor.startStep(entry, resume, transactional);
      try {
        if (fn) {
          await callRevision(fn, op, { direction: step.direction, tracker, idleLimitMs: opts.idleLimitMs ?? null, inTransaction: () => executor.txOpen });
        }
        if (touched === null) {
          // a stamp between bases: a version change without a log row
          await conn.query(dialect.beginTransaction);
          for (const action of step.actions) await store.apply(conn, action);
          await conn.query(dialect.commitTransaction);
        } else await executor.finish(step.actions, Date.now() - started);
      } catch (e) {
        const failure = e instanceof StepFailure ? e : new StepFailure(e instanceof StatementError ? e.statement : null, null, executor.committed, e);
        const uncertain = executor.uncertain;
        await executor.fail(failure.statement);
        throw Object.assign(failure, { halfApplied: executor.halfApplied, uncertain, leftRunning: executor.rowLeftRunning, finishing: executor.finishing });
      }
      const durationMs = Date.now() - started;
      const result: StepResult = { revision: step.revision, direction: step.direction, stamp: step.stamp, from: step.from, to: step.to, message: step.message, durationMs };
      results.push(result);
      opts.log(`${opts.progress ? `[${i + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${durationMs} ms)`);
      opts.onStep?.(result, i, steps.length);
    }
  } catch (e) {
    // stopped between two steps (signal): what committed, and no revision named as failed
    if (isStop(e)) throw new AthanorError("ABORTED", `${e.message}${committedSoFar(steps, results.length)}`, { cause: e });
    throw describeFailure(e, current, scripts, steps, results);
  } finally {
    prefetch.stop();
  }
  return results;
}

function describeFailure(
  e: unknown,
  step: PlannedStep | undefined,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  done: StepResult[],
): AthanorError {
  const kept = committedEarlier(steps, done.length);
  const failure = e instanceof StepFailure ? e : null;
  const cause = failure ? failure.cause : e;
  const inner = cause instanceof StatementError ? cause.original : cause;
  if (!failure && e instanceof AthanorError && !step?.revision) return e;
  const rev = step?.revision ?? null;
  const where = failedStepWhere(step, scripts);
  const reason = asClause(inner instanceof VersionRecordError ? describeThrown(inner.cause) : describeThrown(cause));
  const n = failure?.committed ?? 0;
  const at = failure?.index !== null && failure?.index !== undefined ? ` ${failure.index + 1}` : "";
  const stmt = failure?.statement ? `; statement${at}: ${oneLine(failure.statement)}` : "";
  const marks = (failure ?? {}) as { halfApplied?: boolean; uncertain?: number | null; leftRunning?: boolean; finishing?: boolean };
  const resolveBy = `'athanor resolve ${rev} --applied' or '--rolled-back'`;
  let state = "";
  if (rev && !step?.stamp) {
    if (typeof marks.uncertain === "number") {
      // a resumed revision whose earlier run stopped in the middle of a statement, and this run got no further
      const k = marks.uncertain + 1;
      state =
        `; statement ${k} was running when an earlier run of ${rev} stopped (killed, or its connection lost), so it may have committed then` +
        `${marks.uncertain > 0 ? `, after its ${marks.uncertain} statement(s) before it` : ""}: revision ${rev} is half-applied; ` +
        `look at the schema: if statement ${k} did commit, finish the revision by hand and run 'athanor resolve ${rev} --applied' ` +
        `(or undo it and run '--rolled-back'); ` +
        `if it did not, fix the revision and run the command again (${RUNBOOK})`;
    } else if (marks.leftRunning === true && marks.finishing === true) {
      // every statement ran; the connection went while the revision was being recorded as applied
      state =
        `; all ${n} of its statements had committed, and the connection was lost while recording it as applied, which may or may not have committed: ` +
        `'athanor current' tells; if it lists ${rev} as half-applied, run 'athanor resolve ${rev} --applied' (${RUNBOOK})`;
    } else if (marks.leftRunning === true) {
      // the failure took the connection with it: the statement that was running may have committed
      state =
        `;${n > 0 ? ` ${n} of its statements had already committed and stay, and` : ""} statement ${n + 1} may or may not have committed (the connection was lost while it ran): ` +
        `revision ${rev} is half-applied; look at the schema, then run ${resolveBy}, ` +
        `or fix the revision and run the command again to resume from statement ${n + 1} (${RUNBOOK})`;
    } else if (marks.halfApplied === true) {
      state =
        `; ${n} of its statements had already committed and stay (each DDL statement commits by itself on this database): ` +
        `revision ${rev} is half-applied; fix the schema by hand and run ${resolveBy}, ` +
        `or fix the revision and run the command again to resume from statement ${n + 1} (${RUNBOOK})`;
    } else state = "; none of its statements had committed";
  }
  return new MigrationFailedError(`${where} failed: ${reason}${stmt}${state}${kept}`, rev, done, inner);
}

function oneLine(sql: string, max = 300): string {
  // without the statement's own closing `;`, which the message's `; ` would double
  const s = sql.replace(/\s+/g, " ").replace(/[\s;]+$/, "").trim();
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/**
 * Runs planned steps on a live session and owns every transaction:
 *   per-migration: each revision's changes, its version-table change and its
 *                  log row commit together, one transaction per revision;
 *   per-run:       one transaction for everything.
 * A revision with `export const transactional = false` runs outside any
 * transaction (its version change then commits on its own). "Done" is only
 * reported after COMMIT returned and the version table, read back, shows the
 * expected heads.
 */
import type { TransactionMode } from "../config/settings.js";
import { AthanorError } from "../errors.js";
import { MigrationOps } from "../operations/migration-ops.js";
import { OperationTracker } from "../operations/operation-tracker.js";
import { asClause, describeThrown } from "../util/describe-thrown.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Session } from "./open-session.js";
import { type PlannedStep, stepLabel } from "./planned-step.js";
import { netVersionActions } from "./net-version-actions.js";
import { RevisionPrefetch } from "./revision-prefetch.js";
import { committedEarlier, failedStepWhere } from "./failed-step.js";
import { committedSoFar, isStop, letSignalsArrive, stoppedBefore } from "./stopped-run.js";
import { callRevision, revisionFunction } from "./revision-call.js";
import { OnlineExecutor, StatementError, TransactionState, transactionAborted } from "./step-executor.js";
import { AheadConnection } from "./ahead-connection.js";
import { StepFailedAhead, StepsInFlight } from "./steps-in-flight.js";
import { type VersionAction, VersionRecordError, type VersionStore } from "./version-store.js";
import type { Dialect, SqlStatement, VersionLogEntry } from "../dialects/dialect.js";

export interface StepResult {
  readonly revision: string | null;
  readonly direction: "up" | "down";
  readonly stamp: boolean;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly message: string;
  readonly durationMs: number;
}

export interface RunStepsOptions {
  mode: TransactionMode;
  log: (line: string) => void;
  /** Called after each step has committed (or, per-run, executed). */
  onStep?: (result: StepResult, index: number, total: number) => void;
  signal?: AbortSignal | undefined;
  /** Prefix step lines with [i/n] (interactive terminals). */
  progress?: boolean;
  /**
   * A revision's upgrade()/downgrade() that runs nothing on the database for
   * this long (ms) while its transaction is open fails (idleInTransactionTimeout).
   * null or 0: no limit.
   */
  idleLimitMs?: number | null;
}

export class MigrationFailedError extends AthanorError {
  constructor(
    message: string,
    readonly revision: string | null,
    readonly completed: readonly StepResult[],
    cause: unknown,
  ) {
    super("MIGRATION.FAILED", message, { cause });
  }
}

export async function runSteps(
  session: Session,
  store: VersionStore,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  opts: RunStepsOptions,
): Promise<StepResult[]> {
  const { dialect } = session;
  const perRun = opts.mode === "per-run";
  // On a session that can pipeline, a step's last message is sent ahead, behind the step
  // before it: per-migration, its last statements, its record and COMMIT; per-run, its statements.
  const renderer = await dialect.renderer(session.conn);
  // a transaction guard (SQLite's foreign keys) runs statements around each COMMIT: nothing is sent ahead
  const guard = renderer.transactionGuard;
  const stream = session.conn.stream;
  const ahead = stream && session.conn.batch && !guard ? new AheadConnection(session.conn, () => stream.call(session.conn)) : null;
  const conn = ahead ?? session.conn;
  // BEGIN travels with a transaction's first statements, and a revision's DDL is sent in batches
  const tx = new TransactionState(conn, dialect, { deferBegin: true, guard });
  const executor = new OnlineExecutor(conn, renderer, tx);
  const tracker = new OperationTracker();
  const op = new MigrationOps(executor, { tracker, context: scripts.config.context, sqlLexer: dialect.sqlLexer });
  const results: StepResult[] = [];
  // steps that committed statements (op.autocommit, non-transactional) without their version record, by index
  const partlyCommitted = new Map<number, PartlyCommitted>();
  // per-run: steps executed but not yet committed; a COMMIT (at the end, or before a
  // non-transactional revision) confirms them, and only then are they reported
  const pending: { result: StepResult; index: number }[] = [];
  const report = (result: StepResult, index: number) => {
    results.push(result);
    partlyCommitted.delete(index);
    const step = steps[index];
    if (step) opts.log(`${opts.progress ? `[${index + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${result.durationMs} ms)`);
  };
  const confirm = () => {
    for (const { result, index } of pending.splice(0)) report(result, index);
  };
  // steps sent ahead are reported once their COMMIT has returned (per-run: once they have run, and at the run's COMMIT)
  const inFlight = new StepsInFlight((f, durationMs) => {
    const result = resultOf(f.step, durationMs);
    if (perRun) pending.push({ result, index: f.index });
    else report(result, f.index);
    if (f.logs) unrecorded.logs.push(...f.logs(durationMs));
    opts.onStep?.(result, f.index, steps.length);
  });
  let current: PlannedStep | undefined;
  const prefetch = new RevisionPrefetch(
    scripts,
    steps.map((s) => (s.revision !== null && !s.stamp ? s.revision : null)),
  );
  // Per-run: nobody sees the version table until COMMIT, so the steps are
  // recorded together just before it, as their net change (one statement
  // for the whole run instead of one per revision).
  let unrecorded: { actions: VersionAction[]; logs: Omit<VersionLogEntry, "host">[] } = { actions: [], logs: [] };
  // the record is sent on the connection directly: the BEGIN owed for the transaction goes first
  const record = async (actions: readonly VersionAction[], logs: readonly Omit<VersionLogEntry, "host">[]) => {
    await tx.materialize();
    await store.record(conn, actions, logs);
  };
  if (perRun) {
    // a COMMIT in the middle of the run (op.autocommit) commits the steps before it, with their records
    tx.afterCommit = confirm;
    tx.beforeCommit = async () => {
      await inFlight.landAll(); // their log rows are known once they have run
      const { actions, logs } = unrecorded;
      unrecorded = { actions: [], logs: [] };
      if (actions.length > 0 || logs.length > 0) await record(netVersionActions(actions), logs);
    };
  }
  const sendAhead = (to: AheadConnection, tail: readonly SqlStatement[]) => {
    const done = executor.dispatch(tail, (m) => to.sendAhead(m)).then(() => Date.now());
    done.catch(() => {}); // its failure is reported when the step is landed, which may be a while after
    return done;
  };
  executor.whileWaiting = () => prefetch.advance();
  executor.batching = true;
  try {
    if (perRun) await tx.begin();
    for (const [i, step] of steps.entries()) {
      if (opts.signal) await letSignalsArrive();
      if (opts.signal?.aborted) throw stoppedBefore(opts.signal, step);
      current = step;
      const started = Date.now();
      const startedAt = new Date();
      let checksum: string | null = null;
      let transactional = true;
      let serverTimed = true;
      if (step.revision !== null && !step.stamp) {
        const { module, checksum: sum } = await prefetch.get(i);
        checksum = sum;
        const script = scripts.script(step.revision);
        const fn = revisionFunction(module, step.direction, script.path, step.revision);
        transactional = module.transactional !== false && script.transactional;
        if (transactional) await tx.begin();
        else {
          await inFlight.landAll();
          await tx.commit();
          confirm();
        }
        const commitsBefore = tx.commits;
        executor.startStep();
        try {
          // returns once every operation it started has finished: nothing of it is still running when it commits
          await callRevision(fn, op, { direction: step.direction, tracker, idleLimitMs: opts.idleLimitMs ?? null, inTransaction: () => tx.open });
          // it caught a failed statement and went on: its transaction can't commit
          if (tx.abortedBy) throw transactionAborted(tx.abortedBy, step.direction === "up" ? "upgrade()" : "downgrade()");
        } finally {
          const statements = executor.committedInStep;
          if (statements.length > 0) partlyCommitted.set(i, { step, statements, how: transactional ? "op.autocommit" : "transactional = false" });
        }
        // the step's statements all ran in this one transaction: the server can time it
        serverTimed = transactional && tx.commits === commitsBefore;
        await tx.begin();
      } else {
        await tx.begin();
      }
      const touched = step.revision ?? step.to[0] ?? step.from[0];
      const direction: VersionLogEntry["direction"] = step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction;
      const entry = (timedByServer: boolean, durationMs = Date.now() - started) =>
        timedByServer ? { startedAt: null, durationMs: null } : { startedAt, durationMs };
      const log = (timedByServer: boolean, durationMs?: number) =>
        touched ? [{ revision: touched, direction, checksum, ...entry(timedByServer, durationMs) }] : [];
      const recordStatement = ahead && !perRun ? store.recordStatement(step.actions, log(serverTimed)) : null;
      if (ahead && recordStatement) {
        // per-migration: the revision's queued statements, its record and COMMIT go out as one message,
        // behind the step before if that one is still running; it is reported when it has run
        const tail = [recordStatement, tx.commitStatement()];
        inFlight.add({ index: i, step, done: sendAhead(ahead, tail), record: recordStatement, started });
        tx.committed();
        await inFlight.landAll(1);
        continue;
      } else if (ahead && perRun && transactional) {
        // per-run: the revision's queued statements go behind the one before; all commit at the end
        unrecorded.actions.push(...step.actions);
        inFlight.add({ index: i, step, done: sendAhead(ahead, []), record: null, started, logs: (durationMs) => log(false, durationMs) });
        await inFlight.landAll(1);
        continue;
      } else {
        await executor.flush();
        if (perRun) {
          unrecorded.actions.push(...step.actions);
          unrecorded.logs.push(...log(false));
        } else await record(step.actions, log(false));
        // a non-transactional revision's changes are already committed: so is its record, in every mode
        if (!perRun || !transactional) await tx.commit();
      }
      // after the steps sent ahead, if any (a step that needed the server waited for them)
      await inFlight.landAll();
      const result = resultOf(step, inFlight.finishDirect(started));
      if (perRun) {
        pending.push({ result, index: i });
        if (!transactional) confirm(); // committed with its record just above
      } else report(result, i);
      opts.onStep?.(result, i, steps.length);
    }
    await inFlight.landAll();
    await ahead?.settle();
    if (perRun) {
      current = undefined; // what fails now (recording the run) belongs to no one step
      await tx.commit();
      confirm();
    }
  } catch (e) {
    executor.discard();
    // steps sent ahead that committed are reported; the first that failed comes before anything later
    let error = (await inFlight.drain()) ?? e;
    if (error instanceof StepFailedAhead) {
      current = error.step;
      error = error.cause;
    }
    if (ahead) {
      await ahead.recover();
      // what failed in a message sent ahead left its transaction aborted
      await session.conn.query(dialect.rollbackTransaction).catch(() => {});
    } else await tx.rollback().catch(() => {});
    // stopped between two steps (signal): what committed, and no revision named as failed
    if (isStop(error)) throw new AthanorError("ABORTED", `${error.message}${committedSoFar(steps, results.length, perRun)}`, { cause: error });
    const failure = error instanceof VersionRecordError ? store.explainRecordFailure(error) : error;
    // `results` holds exactly the steps seen to commit, in either mode; with the connection lost, a COMMIT
    // sent may have committed without its answer arriving
    const lost = connectionLost(failure, dialect) || connectionLost(error, dialect);
    const driverError = failure instanceof StatementError ? failure.original : failure;
    const advice = dialect.errors.classify(driverError) === "uncommitted-enum-value" ? uncommittedEnumValueAdvice(perRun) : "";
    throw describeFailure(failure, current, scripts, steps, results, [...partlyCommitted.values()], lost, advice);
  } finally {
    prefetch.stop();
  }
  return results;
}

/** A step that committed statements of its own (op.autocommit, a non-transactional revision) before its version record. */
interface PartlyCommitted {
  readonly step: PlannedStep;
  readonly statements: readonly string[];
  readonly how: "op.autocommit" | "transactional = false";
}

function resultOf(step: PlannedStep, durationMs: number): StepResult {
  return { revision: step.revision, direction: step.direction, stamp: step.stamp, from: step.from, to: step.to, message: step.message, durationMs };
}

function describeFailure(
  e: unknown,
  step: PlannedStep | undefined,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  done: StepResult[],
  partly: readonly PartlyCommitted[],
  lost = false,
  advice = "",
): AthanorError {
  const kept = lost ? outcomeUnknown(step, done.length) : committedEarlier(steps, done.length);
  const stays = partly
    .map((p) => `; ${p.step.revision ?? "a step"} is not recorded as applied, but what it committed stays (${p.how}): ${listStatements(p.statements)}`)
    .join("");
  if (e instanceof AthanorError && !(e instanceof StatementError)) {
    if (!step?.revision) return e;
    // the file's own message names it; still say what is committed
    if (e.code.startsWith("SCRIPT.")) return kept || stays ? new AthanorError(e.code, `${e.message}${kept}${stays}`, { cause: e }) : e;
  }
  const rev = step?.revision ?? null;
  const where = failedStepWhere(step, scripts);
  const reason = asClause(describeThrown(e));
  const stmt = e instanceof StatementError ? `; statement: ${oneLine(e.statement)}` : "";
  return new MigrationFailedError(`${where} failed: ${reason}${stmt}${kept}${stays}${advice}`, rev, done, e instanceof StatementError ? e.original : e);
}

/**
 * PostgreSQL lets a value added by `ALTER TYPE … ADD VALUE` be used only once
 * its transaction has committed. Per run, every revision shares one
 * transaction, so a history that adds a value in one revision and uses it in
 * a later one (as Prisma Migrate writes them, each file committed by itself)
 * fails here though it runs per migration.
 */
function uncommittedEnumValueAdvice(perRun: boolean): string {
  return perRun
    ? "; with transactionMode 'per-run' all revisions share one transaction, and a value added to an enum type can't be used before its transaction commits: run with '--transaction-mode per-migration', or give the revision that adds the value `export const transactional = false` (docs/running.md#enum-values-added-in-the-same-run)"
    : "; a value added to an enum type can't be used before its transaction commits: add it in an earlier revision than the one that uses it, or with `op.autocommit()` (docs/running.md#enum-values-added-in-the-same-run)";
}

/** The connection broke: the driver's error or a cause of it says so. */
function connectionLost(e: unknown, dialect: Dialect): boolean {
  if (e instanceof StatementError) return connectionLost(e.original, dialect);
  return (e instanceof AthanorError && e.code === "DB.CONNECTION_LOST") || dialect.errors.classify(e) === "connection-lost";
}

/**
 * What is committed when the connection broke: the steps seen to commit, and
 * maybe more. A COMMIT the server ran before the connection went has no
 * answer; the version table, read again, tells.
 */
function outcomeUnknown(step: PlannedStep | undefined, confirmed: number): string {
  const what = step?.revision ? `revision ${step.revision} (and any sent after it)` : "the run";
  return (
    `; the connection was lost, so whether ${what} committed is unknown` +
    `${confirmed > 0 ? ` (${confirmed} earlier revision(s) are known to have committed)` : ""}: ` +
    "run 'athanor current' to see where the database is before running anything again"
  );
}

function listStatements(statements: readonly string[], max = 3): string {
  const shown = statements.slice(0, max).map((s) => oneLine(s, 120));
  return shown.join("; ") + (statements.length > max ? `; … and ${statements.length - max} more` : "");
}

function oneLine(sql: string, max = 300): string {
  // without the statement's own closing `;`, which the message's `; ` would double
  const s = sql.replace(/\s+/g, " ").replace(/[\s;]+$/, "").trim();
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

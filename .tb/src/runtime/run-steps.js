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
import { relative } from "node:path";
import { AthanorError } from "../errors.js";
import { MigrationOps } from "../operations/migration-ops.js";
import { OperationTracker } from "../operations/operation-tracker.js";
import { describeThrown } from "../util/describe-thrown.js";
import { stepLabel } from "./planned-step.js";
import { netVersionActions } from "./net-version-actions.js";
import { RevisionPrefetch } from "./revision-prefetch.js";
import { callRevision, revisionFunction } from "./revision-call.js";
import { OnlineExecutor, StatementError, TransactionState, transactionAborted } from "./step-executor.js";
import { AheadConnection } from "./ahead-connection.js";
import { StepFailedAhead, StepsInFlight } from "./steps-in-flight.js";
import { VersionRecordError } from "./version-store.js";
export class MigrationFailedError extends AthanorError {
    revision;
    completed;
    constructor(message, revision, completed, cause) {
        super("MIGRATION.FAILED", message, { cause });
        this.revision = revision;
        this.completed = completed;
    }
}
export async function runSteps(session, store, scripts, steps, opts) {
    const { dialect } = session;
    const perRun = opts.mode === "per-run";
    // On a session that can pipeline, a step's last message is sent ahead, behind the step
    // before it: per-migration, its last statements, its record and COMMIT; per-run, its statements.
    const stream = session.conn.stream;
    const ahead = stream && session.conn.batch ? new AheadConnection(session.conn, () => stream.call(session.conn)) : null;
    const conn = ahead ?? session.conn;
    // BEGIN travels with a transaction's first statements, and a revision's DDL is sent in batches
    const tx = new TransactionState(conn, dialect, { deferBegin: true });
    const executor = new OnlineExecutor(conn, await dialect.renderer(conn), tx);
    const tracker = new OperationTracker();
    const op = new MigrationOps(executor, { tracker, context: scripts.config.context, sqlLexer: dialect.sqlLexer });
    const results = [];
    // steps that committed statements (op.autocommit, non-transactional) without their version record, by index
    const partlyCommitted = new Map();
    // per-run: steps executed but not yet committed; a COMMIT (at the end, or before a
    // non-transactional revision) confirms them, and only then are they reported
    const pending = [];
    const report = (result, index) => {
        results.push(result);
        partlyCommitted.delete(index);
        const step = steps[index];
        if (step)
            opts.log(`${opts.progress ? `[${index + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${result.durationMs} ms)`);
    };
    const confirm = () => {
        for (const { result, index } of pending.splice(0))
            report(result, index);
    };
    // steps sent ahead are reported once their COMMIT has returned (per-run: once they have run, and at the run's COMMIT)
    const inFlight = new StepsInFlight((f, durationMs) => {
        const result = resultOf(f.step, durationMs);
        if (perRun)
            pending.push({ result, index: f.index });
        else
            report(result, f.index);
        if (f.logs)
            unrecorded.logs.push(...f.logs(durationMs));
        opts.onStep?.(result, f.index, steps.length);
    });
    let current;
    const prefetch = new RevisionPrefetch(scripts, steps.map((s) => (s.revision !== null && !s.stamp ? s.revision : null)));
    // Per-run: nobody sees the version table until COMMIT, so the steps are
    // recorded together just before it, as their net change (one statement
    // for the whole run instead of one per revision).
    let unrecorded = { actions: [], logs: [] };
    // the record is sent on the connection directly: the BEGIN owed for the transaction goes first
    const record = async (actions, logs) => {
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
            if (actions.length > 0 || logs.length > 0)
                await record(netVersionActions(actions), logs);
        };
    }
    const sendAhead = (to, tail) => {
        const done = executor.dispatch(tail, (m) => to.sendAhead(m)).then(() => Date.now());
        done.catch(() => { }); // its failure is reported when the step is landed, which may be a while after
        return done;
    };
    executor.whileWaiting = () => prefetch.advance();
    executor.batching = true;
    try {
        if (perRun)
            await tx.begin();
        for (const [i, step] of steps.entries()) {
            if (opts.signal?.aborted)
                throw new AthanorError("ABORTED", "aborted");
            current = step;
            const started = Date.now();
            const startedAt = new Date();
            let checksum = null;
            let transactional = true;
            let serverTimed = true;
            if (step.revision !== null && !step.stamp) {
                const { module, checksum: sum } = await prefetch.get(i);
                checksum = sum;
                const script = scripts.script(step.revision);
                const fn = revisionFunction(module, step.direction, script.path, step.revision);
                transactional = module.transactional !== false && script.transactional;
                if (transactional)
                    await tx.begin();
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
                    if (tx.abortedBy)
                        throw transactionAborted(tx.abortedBy, step.direction === "up" ? "upgrade()" : "downgrade()");
                }
                finally {
                    const statements = executor.committedInStep;
                    if (statements.length > 0)
                        partlyCommitted.set(i, { step, statements, how: transactional ? "op.autocommit" : "transactional = false" });
                }
                // the step's statements all ran in this one transaction: the server can time it
                serverTimed = transactional && tx.commits === commitsBefore;
                await tx.begin();
            }
            else {
                await tx.begin();
            }
            const touched = step.revision ?? step.to[0] ?? step.from[0];
            const direction = step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction;
            const entry = (timedByServer, durationMs = Date.now() - started) => timedByServer ? { startedAt: null, durationMs: null } : { startedAt, durationMs };
            const log = (timedByServer, durationMs) => touched ? [{ revision: touched, direction, checksum, ...entry(timedByServer, durationMs) }] : [];
            const recordStatement = ahead && !perRun ? store.recordStatement(step.actions, log(serverTimed)) : null;
            if (ahead && recordStatement) {
                // per-migration: the revision's queued statements, its record and COMMIT go out as one message,
                // behind the step before if that one is still running; it is reported when it has run
                const tail = [recordStatement, tx.commitStatement()];
                inFlight.add({ index: i, step, done: sendAhead(ahead, tail), record: recordStatement, started });
                tx.committed();
                await inFlight.landAll(1);
                continue;
            }
            else if (ahead && perRun && transactional) {
                // per-run: the revision's queued statements go behind the one before; all commit at the end
                unrecorded.actions.push(...step.actions);
                inFlight.add({ index: i, step, done: sendAhead(ahead, []), record: null, started, logs: (durationMs) => log(false, durationMs) });
                await inFlight.landAll(1);
                continue;
            }
            else {
                await executor.flush();
                if (perRun) {
                    unrecorded.actions.push(...step.actions);
                    unrecorded.logs.push(...log(false));
                }
                else
                    await record(step.actions, log(false));
                // a non-transactional revision's changes are already committed: so is its record, in every mode
                if (!perRun || !transactional)
                    await tx.commit();
            }
            // after the steps sent ahead, if any (a step that needed the server waited for them)
            await inFlight.landAll();
            const result = resultOf(step, inFlight.finishDirect(started));
            if (perRun) {
                pending.push({ result, index: i });
                if (!transactional)
                    confirm(); // committed with its record just above
            }
            else
                report(result, i);
            opts.onStep?.(result, i, steps.length);
        }
        await inFlight.landAll();
        await ahead?.settle();
        if (perRun) {
            current = undefined; // what fails now (recording the run) belongs to no one step
            await tx.commit();
            confirm();
        }
    }
    catch (e) {
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
            await session.conn.query(dialect.rollbackTransaction).catch(() => { });
        }
        else
            await tx.rollback().catch(() => { });
        const failure = error instanceof VersionRecordError ? store.explainRecordFailure(error) : error;
        // `results` holds exactly the steps that were committed, in either mode
        throw describeFailure(failure, current, scripts, results, [...partlyCommitted.values()]);
    }
    finally {
        prefetch.stop();
    }
    return results;
}
function resultOf(step, durationMs) {
    return { revision: step.revision, direction: step.direction, stamp: step.stamp, from: step.from, to: step.to, message: step.message, durationMs };
}
function describeFailure(e, step, scripts, done, partly) {
    const kept = done.length ? `; ${done.length} earlier revision(s) committed, database at ${done[done.length - 1]?.to.join(", ") || "base"}` : "";
    const stays = partly
        .map((p) => `; ${p.step.revision ?? "a step"} is not recorded as applied, but what it committed stays (${p.how}): ${listStatements(p.statements)}`)
        .join("");
    if (e instanceof AthanorError && !(e instanceof StatementError)) {
        if (!step?.revision)
            return e;
        // the file's own message names it; still say what is committed
        if (e.code.startsWith("SCRIPT."))
            return kept || stays ? new AthanorError(e.code, `${e.message}${kept}${stays}`, { cause: e }) : e;
    }
    const rev = step?.revision ?? null;
    const file = rev && scripts.scripts.get(rev) ? relative(process.cwd(), scripts.script(rev).path) : null;
    const verb = step ? (step.stamp ? "stamp" : step.direction === "up" ? "upgrade" : "downgrade") : "run";
    const where = rev ? `${verb} ${step?.from.join(", ") || "<base>"} -> ${step?.to.join(", ") || "<base>"} (${file ?? rev})` : verb;
    const reason = describeThrown(e);
    const stmt = e instanceof StatementError ? `; statement: ${oneLine(e.statement)}` : "";
    return new MigrationFailedError(`${where} failed: ${reason}${stmt}${kept}${stays}`, rev, done, e instanceof StatementError ? e.original : e);
}
function listStatements(statements, max = 3) {
    const shown = statements.slice(0, max).map((s) => oneLine(s, 120));
    return shown.join("; ") + (statements.length > max ? `; … and ${statements.length - max} more` : "");
}
function oneLine(sql, max = 300) {
    const s = sql.replace(/\s+/g, " ").trim();
    return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

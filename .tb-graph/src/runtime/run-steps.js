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
import { stepLabel } from "./planned-step.js";
import { OnlineExecutor, StatementError, TransactionState } from "./step-executor.js";
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
    const { conn, dialect } = session;
    const tx = new TransactionState(conn, dialect);
    const executor = new OnlineExecutor(conn, dialect, tx);
    const op = new MigrationOps(executor);
    const results = [];
    const perRun = opts.mode === "per-run";
    const pending = [];
    let current;
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
            if (step.revision !== null && !step.stamp) {
                const { module, checksum: sum } = await scripts.importRevision(step.revision);
                checksum = sum;
                const fn = step.direction === "up" ? module.upgrade : module.downgrade;
                const transactional = module.transactional !== false && scripts.script(step.revision).transactional;
                if (transactional)
                    await tx.begin();
                else
                    await tx.commit();
                if (fn)
                    await fn(op);
                await tx.begin();
            }
            else {
                await tx.begin();
            }
            for (const action of step.actions)
                await store.apply(conn, action);
            const durationMs = Date.now() - started;
            const touched = step.revision ?? step.to[0] ?? step.from[0];
            if (touched) {
                const logStmt = store.logStatement({
                    revision: touched,
                    direction: step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction,
                    startedAt,
                    durationMs,
                    checksum,
                });
                await conn.query(logStmt.sql, logStmt.params);
            }
            if (!perRun)
                await tx.commit();
            const result = {
                revision: step.revision,
                direction: step.direction,
                stamp: step.stamp,
                from: step.from,
                to: step.to,
                message: step.message,
                durationMs,
            };
            if (perRun)
                pending.push(result);
            else {
                results.push(result);
                opts.log(`${opts.progress ? `[${i + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${durationMs} ms)`);
            }
            opts.onStep?.(result, i, steps.length);
        }
        if (perRun) {
            await tx.commit();
            for (const [i, r] of pending.entries()) {
                results.push(r);
                const step = steps[i];
                if (step)
                    opts.log(`${opts.progress ? `[${i + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${r.durationMs} ms)`);
            }
        }
    }
    catch (e) {
        await tx.rollback().catch(() => { });
        throw describeFailure(e, current, scripts, perRun ? [] : results);
    }
    return results;
}
function describeFailure(e, step, scripts, done) {
    if (e instanceof AthanorError && !(e instanceof StatementError)) {
        if (!step?.revision || e.code.startsWith("SCRIPT."))
            return e;
    }
    const rev = step?.revision ?? null;
    const file = rev && scripts.scripts.get(rev) ? relative(process.cwd(), scripts.script(rev).path) : null;
    const verb = step ? (step.stamp ? "stamp" : step.direction === "up" ? "upgrade" : "downgrade") : "run";
    const where = rev ? `${verb} ${step?.from.join(", ") || "<base>"} -> ${step?.to.join(", ") || "<base>"} (${file ?? rev})` : verb;
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    const stmt = e instanceof StatementError ? `; statement: ${oneLine(e.statement)}` : "";
    const kept = done.length ? `; ${done.length} earlier revision(s) committed, database at ${done[done.length - 1]?.to.join(", ") || "base"}` : "";
    return new MigrationFailedError(`${where} failed: ${reason}${stmt}${kept}`, rev, done, e instanceof StatementError ? e.original : e);
}
function oneLine(sql) {
    const s = sql.replace(/\s+/g, " ").trim();
    return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

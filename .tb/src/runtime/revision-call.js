/**
 * Calling a revision's upgrade()/downgrade(), so that whatever goes wrong in
 * the revision's own code is a failure of that revision, never a success:
 *
 * - a revision without the function to run is an error naming its file;
 * - every operation it started has finished before the call is over (the
 *   runner only then sends its record and COMMIT), and one it did not await
 *   fails it (see OperationTracker);
 * - `process.exit()` while it runs does not end the process: it throws, and
 *   the revision fails (even if the revision caught that);
 * - a call that can never finish (it awaits a promise nothing will settle,
 *   and the process has nothing else left to do) fails at once instead of
 *   the process ending silently;
 * - inside a transaction, a call that runs nothing on the database for
 *   longer than `idleLimitMs` fails (the server's idle_in_transaction_session_timeout,
 *   set to the same value, ends the session even if this process is stuck);
 * - a thrown value that is not an Error is shown as the value it is.
 */
import { relative } from "node:path";
import { AthanorError } from "../errors.js";
import { describeThrown, showValue } from "../util/describe-thrown.js";
/** The function a step runs: the module's `upgrade` or `downgrade`; an error naming the file when it has none. */
export function revisionFunction(module, direction, file, revision) {
    const name = direction === "up" ? "upgrade" : "downgrade";
    const fn = module[name];
    if (typeof fn === "function")
        return fn;
    const shown = relative(process.cwd(), file) || file;
    if (fn !== undefined)
        throw new AthanorError("SCRIPT.INVALID", `${shown}: '${name}' must be an async function`);
    const others = Object.keys(module).filter((k) => typeof module[k] === "function" && k !== "upgrade" && k !== "downgrade");
    throw new AthanorError("SCRIPT.MISSING_FUNCTION", `${shown}: revision ${revision} has no \`${name}\` function to run (export async function ${name}(op) { … })` +
        (others.length ? `; the functions it exports: ${others.join(", ")}` : ""));
}
/** Runs the revision's function; resolves when it and every operation it started have finished, else rejects with why. */
export async function callRevision(fn, op, opts) {
    const name = opts.direction === "up" ? "upgrade()" : "downgrade()";
    const { tracker } = opts;
    tracker.open(name);
    const call = new ActiveCall(name, opts);
    let error = null;
    try {
        await Promise.race([call.stopped, (async () => fn(op))()]);
    }
    catch (e) {
        error = { value: e };
    }
    finally {
        call.end();
    }
    // a call stopped because it can never finish (or was idle too long) may have operations that never will either
    const report = await tracker.close(!call.wasStopped);
    if (call.exitCode !== undefined) {
        throw new AthanorError("MIGRATION.PROCESS_EXIT", `${name} called process.exit(${call.exitCode ?? ""}): a revision must not end the process; throw an Error to fail it`);
    }
    if (report.notAwaited) {
        const o = report.notAwaited;
        const outcome = o.failed
            ? `; it failed: ${describeThrown(o.error)}`
            : o.runningAtReturn
                ? `, and had not finished when ${name} returned`
                : "";
        throw new AthanorError("MIGRATION.NOT_AWAITED", `${o.label} was not awaited${outcome}; put \`await\` before every op call`, {
            cause: o.error,
        });
    }
    if (error) {
        const e = error.value;
        if (e instanceof Error)
            throw e;
        throw new AthanorError("MIGRATION.THREW", `${name} threw a non-Error value: ${showValue(e)}`);
    }
    if (report.stillRunning) {
        throw new AthanorError("MIGRATION.NOT_AWAITED", `${report.stillRunning.label} was still running when ${name} returned; await it (or the promise chain it is in)`);
    }
}
/** Calls running now (several only with concurrent runs in one process). */
const active = new Set();
let realExit;
/** process.exit while a revision's function runs: refused, and noted for the revision. */
function guardedExit(code) {
    const calls = [...active];
    for (const c of calls)
        c.exitCode ??= code ?? null;
    const names = calls.map((c) => c.name);
    throw new AthanorError("MIGRATION.PROCESS_EXIT", `process.exit(${code ?? ""}) was called while a revision's ${names[0] ?? "upgrade()"} was running; a revision must not end the process`);
}
/** The event loop has nothing left to do: a call still waiting can never finish. */
function onDrain() {
    for (const c of [...active]) {
        c.stop(new AthanorError("MIGRATION.NEVER_FINISHES", `${c.name} can never finish: it awaits a promise that nothing is left to resolve (the process has nothing else to do)`));
    }
}
class ActiveCall {
    name;
    opts;
    /** undefined: process.exit was not called; null: called without a code. */
    exitCode = undefined;
    wasStopped = false;
    stopped;
    reject;
    timer;
    constructor(name, opts) {
        this.name = name;
        this.opts = opts;
        this.stopped = new Promise((_, reject) => {
            this.reject = reject;
        });
        this.stopped.catch(() => { });
        if (active.size === 0) {
            realExit = process.exit;
            process.exit = guardedExit;
            process.on("beforeExit", onDrain);
        }
        active.add(this);
        if (opts.idleLimitMs !== null && opts.idleLimitMs > 0)
            this.arm(opts.idleLimitMs);
    }
    stop(e) {
        if (this.wasStopped)
            return;
        this.wasStopped = true;
        this.reject(e);
    }
    end() {
        clearTimeout(this.timer);
        active.delete(this);
        if (active.size === 0) {
            process.off("beforeExit", onDrain);
            if (process.exit === guardedExit && realExit)
                process.exit = realExit;
        }
    }
    /** Checks for idleness in `ms`; the timer doesn't keep the process alive (see onDrain). */
    arm(ms) {
        this.timer = setTimeout(() => this.check(), ms);
        this.timer.unref();
    }
    check() {
        const limit = this.opts.idleLimitMs;
        const { tracker } = this.opts;
        const idle = Date.now() - tracker.lastActivity;
        if (!this.opts.inTransaction() || tracker.pending > 0)
            this.arm(limit);
        else if (idle < limit)
            this.arm(limit - idle);
        else
            this.stop(new AthanorError("MIGRATION.IDLE_TIMEOUT", `${this.name} has run nothing on the database for ${formatMs(limit)} (idleInTransactionTimeout) while holding its transaction open; ` +
                "it is stuck, or waits for something outside the database (raise idleInTransactionTimeout if that is meant)"));
    }
}
function formatMs(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000 || ms % 60_000 !== 0)
        return `${Math.round(ms / 100) / 10} s`;
    return `${ms / 60_000} min`;
}

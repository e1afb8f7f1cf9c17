/**
 * The operations a revision's upgrade()/downgrade() started, and whether it
 * waited for them. A forgotten `await` (`op.bulkInsert(...)` on its own line)
 * lets upgrade() return while the operation is still running: the runner
 * would record and commit the revision without it, and its failure would
 * surface later as an unhandled rejection that ends the process. So every
 * operation is tracked from the call to its end: when upgrade() returns, the
 * runner waits for all of them (nothing of the revision is left running when
 * it commits or rolls back) and learns which one was not awaited.
 *
 * "Awaited" means that something took the operation's promise: `await`,
 * `.then()`, `.catch()`, `Promise.all([...])`, `return op.x()` all call its
 * `then`. An operation whose `then` was never called was not awaited, whether
 * it had finished by then or not; that makes the check the same on a fast
 * and on a slow database.
 */
import { AthanorError } from "../errors.js";
class Issued {
    method;
    args;
    awaited = false;
    settled = false;
    runningAtReturn = false;
    failed = false;
    error = undefined;
    /** Settles (never rejects) when the operation has. */
    done = Promise.resolve();
    constructor(method, args) {
        this.method = method;
        this.args = args;
    }
    get label() {
        return operationLabel(this.method, this.args);
    }
}
/**
 * The promise an operation returns: a Promise whose `then` notes that it was
 * taken. Promises derived from it (`.then(...)`) are plain Promises.
 */
class TrackedOperation extends Promise {
    static get [Symbol.species]() {
        return Promise;
    }
    issued;
    // biome-ignore lint/suspicious/noThenProperty: this is the promise's own then(), overridden to note the await
    then(onFulfilled, onRejected) {
        if (this.issued)
            this.issued.awaited = true;
        return super.then(onFulfilled, onRejected);
    }
}
const intrinsicThen = Promise.prototype.then;
export class OperationTracker {
    #issued = [];
    #open = null;
    #pending = 0;
    /** When an operation last started or ended (or the function started): for idle-time limits. */
    lastActivity = 0;
    /** Operations started and not finished yet. */
    get pending() {
        return this.#pending;
    }
    /** Starts tracking for one call of a revision function (`fn`: `upgrade()`, for messages). */
    open(fn) {
        this.#issued = [];
        this.#open = fn;
        this.#pending = 0;
        this.lastActivity = Date.now();
    }
    /**
     * Starts an operation (`start`) and returns its tracked promise. Outside an
     * open call (the revision's function has returned) the operation does not
     * run: the promise rejects.
     */
    track(method, args, start) {
        if (this.#open === null) {
            return Promise.reject(new AthanorError("MIGRATION.OP_AFTER_RETURN", `${operationLabel(method, args)} was called after the revision's function had returned; it did not run (a missing await?)`));
        }
        const issued = new Issued(method, args);
        let inner;
        try {
            inner = start();
        }
        catch (e) {
            inner = Promise.reject(e);
        }
        this.#pending++;
        this.lastActivity = Date.now();
        let resolveOuter;
        let rejectOuter;
        const outer = new TrackedOperation((resolve, reject) => {
            resolveOuter = resolve;
            rejectOuter = reject;
        });
        outer.issued = issued;
        issued.done = inner.then((v) => {
            this.#settle(issued);
            resolveOuter(v);
        }, (e) => {
            issued.failed = true;
            issued.error = e;
            this.#settle(issued);
            rejectOuter(e);
        });
        // A failure nobody waits for is reported by close(), not as an unhandled rejection
        // that ends the process. (The intrinsic then: this does not count as awaiting it.)
        intrinsicThen.call(outer, undefined, () => { });
        this.#issued.push(issued);
        return outer;
    }
    /**
     * Ends the call: later operations are refused. With `wait`, first waits
     * until every operation it started has finished (none is left running on
     * the connection), then reports.
     */
    async close(wait = true) {
        const issued = this.#issued;
        this.#issued = [];
        this.#open = null;
        const running = issued.filter((i) => !i.settled);
        for (const i of running)
            i.runningAtReturn = true;
        if (wait && running.length > 0)
            await Promise.all(running.map((i) => i.done));
        return {
            notAwaited: issued.find((i) => !i.awaited) ?? null,
            stillRunning: running.find((i) => i.awaited) ?? null,
        };
    }
    #settle(issued) {
        issued.settled = true;
        this.#pending--;
        this.lastActivity = Date.now();
    }
}
const MAX_ARG = 60;
/** `op.bulkInsert("orders", …)`: the method and its first argument when that is a name or SQL. */
export function operationLabel(method, given) {
    let n = given.length;
    while (n > 0 && given[n - 1] === undefined)
        n--;
    const args = given.slice(0, n);
    const first = args[0];
    const shown = typeof first === "string"
        ? JSON.stringify(shorten(first.replace(/\s+/g, " ").trim()))
        : first === null
            ? "null"
            : args.length > 0
                ? "…"
                : "";
    const more = args.length > 1 && shown !== "…" ? ", …" : "";
    return `op.${method}(${shown}${more})`;
}
function shorten(s) {
    return s.length > MAX_ARG ? `${s.slice(0, MAX_ARG - 1)}…` : s;
}

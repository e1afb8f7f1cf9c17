import { AthanorError } from "../errors.js";
export async function acquireMigrationLock(session, ref, opts = {}) {
    const { dialect, conn } = session;
    const key = dialect.lock.keyFor(ref);
    const started = Date.now();
    let waited = false;
    let poll = opts.pollMs ?? 100;
    let lastHolder;
    for (;;) {
        if (await dialect.lock.tryAcquire(conn, key))
            break;
        if (opts.waitTimeoutMs === 0) {
            throw new AthanorError("LOCK.BUSY", `another process holds the migration lock${await holderText()}; not waiting (lockWaitTimeout is 0)`);
        }
        const holder = await dialect.lock.holder(conn, key).catch(() => null);
        if (!waited || holder !== lastHolder) {
            opts.log?.(`waiting for migration lock…${holder ? ` (held by ${describeHolder(holder)})` : ""}`);
            lastHolder = holder;
        }
        waited = true;
        if (opts.waitTimeoutMs !== undefined && Date.now() - started >= opts.waitTimeoutMs) {
            throw new AthanorError("LOCK.TIMEOUT", `gave up waiting for the migration lock after ${opts.waitTimeoutMs} ms${holder ? ` (held by ${describeHolder(holder)})` : ""}; raise lockWaitTimeout or find the other process`);
        }
        if (opts.signal?.aborted)
            throw new AthanorError("ABORTED", "aborted while waiting for the migration lock");
        await new Promise((r) => setTimeout(r, poll));
        poll = Math.min(poll * 1.5, 1000);
    }
    const waitedMs = Date.now() - started;
    if (waited)
        opts.log?.(`got the migration lock after ${(waitedMs / 1000).toFixed(1)} s`);
    return {
        waited,
        waitedMs,
        release: () => dialect.lock.release(conn, key),
    };
    async function holderText() {
        const h = await dialect.lock.holder(conn, key).catch(() => null);
        return h ? ` (held by ${describeHolder(h)})` : "";
    }
}
/** The dialect reports a backend pid; say so. */
function describeHolder(holder) {
    return /^\d+$/.test(holder) ? `database session pid ${holder}` : holder;
}

/** `athanor wait`: block until the database accepts connections (for entrypoints). */
import { UsageError } from "../errors.js";
import { requireUrl } from "../runtime/open-session.js";
import { waitForDatabase } from "../runtime/wait-for-database.js";
export async function wait(ctx, opts) {
    const attempts = flag("--attempts", opts.attempts, true);
    const intervalSeconds = flag("--interval", opts.interval, false);
    const url = requireUrl(await ctx.config());
    const r = await waitForDatabase(url, {
        attempts,
        intervalSeconds,
        backoff: opts.backoff,
        log: (l) => ctx.out.info(l),
        env: ctx.env,
    });
    if (ctx.globals.json)
        ctx.out.resultJson(r);
    else
        ctx.out.info(`database is ready (${r.attempts} attempt${r.attempts === 1 ? "" : "s"}, ${(r.waitedMs / 1000).toFixed(1)} s)`);
    return 0;
}
/** `--attempts 5`, `--interval 0.5`: a number, or bad usage (exit 2) naming the flag. */
function flag(name, value, count) {
    if (value === undefined)
        return undefined;
    const n = value.trim() === "" ? Number.NaN : Number(value);
    const ok = Number.isFinite(n) && (count ? Number.isInteger(n) && n >= 1 : n >= 0);
    if (!ok)
        throw new UsageError(`${name} takes ${count ? "a whole number, at least 1" : "a number of seconds, 0 or more"}; got '${value}'`);
    return n;
}

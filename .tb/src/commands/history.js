/** `athanor history [-r start:end] [-v] [-i]`: revisions newest first, Alembic's format. */
import { formatHistoryEntry, historyRevisions, parseHistoryRange } from "../graph/index.js";
import { revisionJson } from "./revision-json.js";
export async function history(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    // `-r=-3:` (argparse's spelling, which Alembic users type) reaches us as "=-3:".
    const range = opts.revRange?.startsWith("=") ? opts.revRange.slice(1) : opts.revRange;
    // Validate the range before connecting anywhere.
    const needsCurrent = opts.indicateCurrent === true || (range !== undefined && parseHistoryRange(range, []).usesCurrent);
    // The database is only touched (and its driver code only loaded) when asked for.
    const current = needsCurrent ? (await (await import("./database-heads.js")).readDatabaseHeads(ctx)).heads : undefined;
    const revs = historyRevisions(map, range, current);
    const currentSet = opts.indicateCurrent && current ? new Set(current) : undefined;
    if (ctx.globals.json) {
        ctx.out.resultJson(revs.map((r) => ({ ...revisionJson(r), ...(currentSet ? { isCurrent: currentSet.has(r.id) } : {}) })));
        return 0;
    }
    // One write for the whole listing: thousands of small writes to a pipe cost more than formatting them.
    const format = { verbose: opts.verbose === true, ...(currentSet ? { current: currentSet } : {}) };
    if (revs.length > 0)
        ctx.out.result(revs.map((rev) => formatHistoryEntry(rev, format)).join("\n"));
    return 0;
}

/** `athanor history [-r start:end] [-v] [-i]`: revisions newest first, Alembic's format. */
import { formatHistoryEntry, historyRevisions, parseHistoryRange } from "../graph/index.js";
import { readDatabaseHeads } from "./database-heads.js";
import { revisionJson } from "./revision-json.js";
export async function history(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    // `-r=-3:` (argparse's spelling, which Alembic users type) reaches us as "=-3:".
    const range = opts.revRange?.startsWith("=") ? opts.revRange.slice(1) : opts.revRange;
    // Validate the range before connecting anywhere.
    const needsCurrent = opts.indicateCurrent === true || (range !== undefined && parseHistoryRange(range, []).usesCurrent);
    const current = needsCurrent ? (await readDatabaseHeads(ctx)).heads : undefined;
    const revs = historyRevisions(map, range, current);
    const currentSet = opts.indicateCurrent && current ? new Set(current) : undefined;
    if (ctx.globals.json) {
        ctx.out.resultJson(revs.map((r) => ({ ...revisionJson(r), ...(currentSet ? { isCurrent: currentSet.has(r.id) } : {}) })));
        return 0;
    }
    for (const rev of revs) {
        ctx.out.result(formatHistoryEntry(rev, { verbose: opts.verbose === true, ...(currentSet ? { current: currentSet } : {}) }));
    }
    return 0;
}

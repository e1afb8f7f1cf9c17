/** `athanor heads [-v] [--resolve-dependencies]`: the head revisions, Alembic's format. */
import { formatHeadEntry } from "../graph/index.js";
import { revisionJson } from "./revision-json.js";
export async function heads(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    const ids = opts.resolveDependencies ? map.realHeads : map.heads;
    const revs = ids.map((id) => map.get(id)).filter((r) => r !== undefined);
    if (ctx.globals.json) {
        ctx.out.resultJson(revs.map(revisionJson));
        return 0;
    }
    for (const rev of revs)
        ctx.out.result(formatHeadEntry(rev, { verbose: opts.verbose === true }));
    return 0;
}

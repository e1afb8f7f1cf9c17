/** `athanor heads [-v] [--resolve-dependencies] [--check]`: the head revisions, Alembic's format. */
import { AthanorError } from "../errors.js";
import { formatHeadEntry, mergeCommand } from "../graph/index.js";
import { revisionJson } from "./revision-json.js";
export async function heads(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    const ids = opts.resolveDependencies ? map.realHeads : map.heads;
    if (opts.check && ids.length > 1) {
        // the CI gate: one head, so `upgrade head` and `revision` know where to go
        const real = new Set(map.realHeads);
        const listed = ids.map((h) => (real.has(h) ? h : `${h} (effective head)`)).join(", ");
        throw new AthanorError("GRAPH.MULTIPLE_HEADS", `${ids.length} heads (${listed}); merge them with '${mergeCommand(map, ids)}'`);
    }
    const revs = ids.map((id) => map.get(id)).filter((r) => r !== undefined);
    if (ctx.globals.json) {
        ctx.out.resultJson(revs.map(revisionJson));
        return 0;
    }
    for (const rev of revs)
        ctx.out.result(formatHeadEntry(rev, { verbose: opts.verbose === true }));
    return 0;
}

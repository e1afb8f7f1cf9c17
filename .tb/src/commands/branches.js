/** `athanor branches [-v]`: each branch point and the revisions it branches into. */
import { formatBranches, walkRevisions } from "../graph/index.js";
import { revisionJson } from "./revision-json.js";
export async function branches(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    if (ctx.globals.json) {
        const points = walkRevisions(map).filter((r) => r.isBranchPoint);
        ctx.out.resultJson(points.map((r) => ({ ...revisionJson(r), branchesInto: r.nextRevisions })));
        return 0;
    }
    for (const block of formatBranches(map, { verbose: opts.verbose === true }))
        ctx.out.result(block);
    return 0;
}

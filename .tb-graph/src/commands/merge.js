/** `athanor merge REVS… -m MSG`: an empty revision whose parents are the given heads. */
import { AthanorError, UsageError } from "../errors.js";
import { generateRevision } from "./revision.js";
export async function merge(ctx, revisions, opts) {
    const { map } = await ctx.scriptDirectory();
    const heads = revisions;
    const resolved = map.getRevisions(heads.length === 1 ? heads[0] : heads);
    if (resolved.length < 2) {
        if (heads.length === 1 && heads[0] === "heads") {
            // Not a usage mistake: the graph has nothing to merge right now.
            throw new AthanorError("MERGE.NOTHING_TO_MERGE", `nothing to merge: there is only one head (${map.realHeads.join(", ") || "no revisions yet"})`);
        }
        throw new UsageError(`merge needs at least two revisions to merge (got ${resolved.map((r) => r.id).join(", ") || "none"})`);
    }
    const written = await generateRevision(ctx, {
        message: opts.message ?? "",
        heads,
        splice: opts.splice === true,
        branchLabels: opts.branchLabel ?? [],
        dependsOn: [],
        revId: opts.revId,
    });
    ctx.out.info(`Generating ${written.path} ... done`);
    if (ctx.globals.json)
        ctx.out.resultJson(written);
    return 0;
}

/** `athanor merge REVS… -m MSG`: an empty revision whose parents are the given heads. */
import { AthanorError, UsageError } from "../errors.js";
import { mergeCommand } from "../graph/index.js";
import { generateRevision } from "./revision.js";
export async function merge(ctx, revisions, opts) {
    const { map } = await ctx.scriptDirectory();
    const heads = revisions;
    const resolved = map.getRevisions(heads.length === 1 ? heads[0] : heads);
    if (resolved.length < 2) {
        if (heads.length === 1 && heads[0] === "heads") {
            // Not a usage mistake: the graph has nothing to merge right now. An
            // effective head (only depended upon) is not in `heads`, but `head`
            // and `revision` count it: name the merge that makes them one.
            const effective = map.heads.filter((h) => !map.realHeads.includes(h));
            const also = effective.length > 0
                ? `; ${effective.join(", ")} ${effective.length === 1 ? "is an effective head" : "are effective heads"} (applied with what depends on ${effective.length === 1 ? "it" : "them"}): to merge ${effective.length === 1 ? "it" : "them"} too, run '${mergeCommand(map, map.heads)}'`
                : "";
            throw new AthanorError("MERGE.NOTHING_TO_MERGE", `nothing to merge: there is only one head (${map.realHeads.join(", ") || "no revisions yet"})${also}`);
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

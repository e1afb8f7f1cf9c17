/** `athanor merge REVS… -m MSG`: an empty revision whose parents are the given heads. */
import { UsageError } from "../errors.js";
import type { CommandContext } from "./context.js";
import { generateRevision } from "./revision.js";

export async function merge(
  ctx: CommandContext,
  revisions: string[],
  opts: { message?: string; branchLabel?: string[]; revId?: string; splice?: boolean },
): Promise<number> {
  const { map } = await ctx.scriptDirectory();
  const heads = revisions;
  if (map.getRevisions(heads.length === 1 ? (heads[0] as string) : heads).length < 2) {
    throw new UsageError(
      `merge needs at least two revisions to merge${revisions[0] === "heads" ? ` (there is only ${map.heads.length} head)` : ""}`,
    );
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
  if (ctx.globals.json) ctx.out.resultJson(written);
  return 0;
}

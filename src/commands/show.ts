/** `athanor show REV`: the full entry of one revision (or of the database's current ones). */
import { formatLogEntry, type RevisionMap, resolveCurrentHeads } from "../graph/index.js";
import type { CommandContext } from "./context.js";
import { revisionJson } from "./revision-json.js";

export async function show(ctx: CommandContext, rev: string): Promise<number> {
  const { map } = await ctx.scriptDirectory();
  const revs = rev === "current" ? await currentRevisions(ctx, map) : map.getRevisions(rev);
  if (ctx.globals.json) {
    ctx.out.resultJson(revs.map((r) => ({ ...revisionJson(r), doc: r.doc })));
    return 0;
  }
  if (rev === "current" && revs.length === 0) ctx.out.info("No current revisions (the database is at base)");
  for (const r of revs) ctx.out.result(formatLogEntry(r));
  return 0;
}

/** The database's current revisions, each row checked as `current` checks it (a deleted revision's row named as such). */
async function currentRevisions(ctx: CommandContext, map: RevisionMap) {
  const { heads } = await (await import("./database-heads.js")).readDatabaseHeads(ctx);
  resolveCurrentHeads(map, heads);
  return map.allCurrent(heads);
}

/** `athanor show REV`: the full entry of one revision (or of the database's current ones). */
import { formatLogEntry } from "../graph/index.js";
import { revisionJson } from "./revision-json.js";
export async function show(ctx, rev) {
    const { map } = await ctx.scriptDirectory();
    const revs = rev === "current" ? map.allCurrent((await (await import("./database-heads.js")).readDatabaseHeads(ctx)).heads) : map.getRevisions(rev);
    if (ctx.globals.json) {
        ctx.out.resultJson(revs.map((r) => ({ ...revisionJson(r), doc: r.doc })));
        return 0;
    }
    if (rev === "current" && revs.length === 0)
        ctx.out.info("No current revisions (the database is at base)");
    for (const r of revs)
        ctx.out.result(formatLogEntry(r));
    return 0;
}

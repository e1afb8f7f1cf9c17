/** `athanor current [-v] [--check-heads]`: the revisions the database is at. Never creates the version table. */
import { formatCurrentEntry, headsNotApplied } from "../graph/index.js";
import { AthanorError } from "../errors.js";
import { readDatabaseHeads } from "./database-heads.js";
import { revisionJson } from "./revision-json.js";
export async function current(ctx, opts) {
    const { map } = await ctx.scriptDirectory();
    const { heads, url } = await readDatabaseHeads(ctx);
    const revs = map.allCurrent(heads);
    // real heads the database lacks (an effective head is applied with what depends on it)
    const missing = headsNotApplied(map, heads);
    const atHeads = missing.length === 0;
    if (ctx.globals.json) {
        ctx.out.resultJson({ url, current: revs.map(revisionJson), heads: map.heads, upToDate: atHeads });
    }
    else {
        if (opts.verbose)
            ctx.out.result(`Current revision(s) for ${url}:`);
        for (const rev of revs)
            ctx.out.result(formatCurrentEntry(rev, { verbose: opts.verbose === true }));
        if (revs.length === 0)
            ctx.out.info("(no current revision: the database is at base)");
    }
    if (opts.checkHeads && !atHeads) {
        throw new AthanorError("DATABASE.NOT_AT_HEAD", `Database is not on all head revisions (missing: ${missing.join(", ")}); run 'athanor upgrade heads'`);
    }
    return 0;
}

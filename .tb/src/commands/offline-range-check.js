/**
 * Before an offline (`--sql`) run: a range that needs the database (`current`)
 * or goes the wrong way (an upgrade range that goes down prints an empty
 * script) is refused with the command that works. Exit 2, code OFFLINE.RANGE.
 */
import { UsageError } from "../errors.js";
import { offlineRangeProblem } from "../graph/index.js";
export async function checkOfflineRange(ctx, kind, target) {
    const { map } = await ctx.scriptDirectory();
    const problem = offlineRangeProblem(map, kind, target);
    if (problem !== null)
        throw new UsageError(problem, "OFFLINE.RANGE");
}

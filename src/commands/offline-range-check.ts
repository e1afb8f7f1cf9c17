/**
 * Before an offline (`--sql`) run: a range that needs the database (`current`)
 * or goes the wrong way (an upgrade range that goes down prints an empty
 * script) is refused with the command that works. Exit 2, code OFFLINE.RANGE.
 */
import { UsageError } from "../errors.js";
import { type OfflineKind, offlineRangeProblem } from "../graph/index.js";
import type { CommandContext } from "./context.js";

export async function checkOfflineRange(ctx: CommandContext, kind: OfflineKind, target: string): Promise<void> {
  const { map } = await ctx.scriptDirectory();
  const problem = offlineRangeProblem(map, kind, target);
  if (problem !== null) throw new UsageError(problem, "OFFLINE.RANGE");
}

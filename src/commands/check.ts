/**
 * `athanor check`: exit 0 and "No changes detected" when the models match the
 * database; exit 2 and a readable list of differences (or --json) otherwise.
 */
import { openSession } from "../runtime/open-session.js";
import { singleLine } from "../util/single-line.js";
import type { CommandContext } from "./context.js";

export async function check(ctx: CommandContext): Promise<number> {
  const config = await ctx.config();
  const session = await openSession(config);
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const { autogenerate, formatDiff, diffJson } = await import("../autogenerate/index.js");
    const result = await autogenerate(config, session.conn, {});
    for (const w of result.warnings) ctx.out.warn(w);
    if (ctx.globals.json) {
      ctx.out.resultJson({ changes: !result.empty, operations: diffJson(result.upgradeOps), warnings: result.warnings });
      return result.empty ? 0 : 2;
    }
    if (result.empty) {
      ctx.out.result("No changes detected");
      return 0;
    }
    ctx.out.result(`Changes detected (${result.upgradeOps.length}):`);
    // names from the database can hold line breaks: each difference stays on its line
    for (const line of formatDiff(result.upgradeOps)) ctx.out.result(`  ${singleLine(line)}`);
    return 2;
  } finally {
    await session.close();
  }
}

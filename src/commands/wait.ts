/** `athanor wait`: block until the database accepts connections (for entrypoints). */
import { requireUrl } from "../runtime/open-session.js";
import { waitForDatabase } from "../runtime/wait-for-database.js";
import type { CommandContext } from "./context.js";

export async function wait(
  ctx: CommandContext,
  opts: { attempts?: string; interval?: string; backoff?: boolean },
): Promise<number> {
  const url = requireUrl(await ctx.config());
  const r = await waitForDatabase(url, {
    attempts: opts.attempts === undefined ? undefined : Number(opts.attempts),
    intervalSeconds: opts.interval === undefined ? undefined : Number(opts.interval),
    backoff: opts.backoff,
    log: (l) => ctx.out.info(l),
    env: ctx.env,
  });
  if (ctx.globals.json) ctx.out.resultJson(r);
  else ctx.out.info(`database is ready (${r.attempts} attempt${r.attempts === 1 ? "" : "s"}, ${(r.waitedMs / 1000).toFixed(1)} s)`);
  return 0;
}

/** `athanor upgrade [TARGET]` (default head), online or `--sql`. */
import type { CommandContext } from "./context.js";
import { checkOfflineRange } from "./offline-range-check.js";
import { type RunCommandOptions, runMigrationCommand } from "./run-migration-command.js";

export async function upgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number> {
  if (opts.sql) await checkOfflineRange(ctx, "upgrade", target);
  return runMigrationCommand(ctx, "upgrade", [target], opts);
}

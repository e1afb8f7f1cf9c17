/** `athanor downgrade TARGET`, online or `--sql FROM:TO`. */
import type { CommandContext } from "./context.js";
import { checkOfflineRange } from "./offline-range-check.js";
import { type RunCommandOptions, runMigrationCommand } from "./run-migration-command.js";

export async function downgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number> {
  if (opts.sql) await checkOfflineRange(ctx, "downgrade", target);
  return runMigrationCommand(ctx, "downgrade", [target], opts);
}

/** `athanor downgrade TARGET`, online or `--sql FROM:TO`. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions, runMigrationCommand } from "./run-migration-command.js";

export function downgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number> {
  return runMigrationCommand(ctx, "downgrade", [target], opts);
}

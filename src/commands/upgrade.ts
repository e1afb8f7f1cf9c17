/** `athanor upgrade [TARGET]` (default head), online or `--sql`. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions, runMigrationCommand } from "./run-migration-command.js";

export function upgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number> {
  return runMigrationCommand(ctx, "upgrade", [target], opts);
}

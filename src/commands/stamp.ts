/** `athanor stamp REV… [--purge] [--sql]`: set the version table without running migrations. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions, runMigrationCommand } from "./run-migration-command.js";

export function stamp(ctx: CommandContext, revisions: string[], opts: RunCommandOptions): Promise<number> {
  return runMigrationCommand(ctx, "stamp", revisions, opts);
}

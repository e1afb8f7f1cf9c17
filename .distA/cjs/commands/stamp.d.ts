/** `athanor stamp REV… [--purge] [--sql]`: set the version table without running migrations. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions } from "./run-migration-command.js";
export declare function stamp(ctx: CommandContext, revisions: string[], opts: RunCommandOptions): Promise<number>;

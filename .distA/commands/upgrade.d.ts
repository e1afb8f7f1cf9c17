/** `athanor upgrade [TARGET]` (default head), online or `--sql`. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions } from "./run-migration-command.js";
export declare function upgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number>;

/** `athanor downgrade TARGET`, online or `--sql FROM:TO`. */
import type { CommandContext } from "./context.js";
import { type RunCommandOptions } from "./run-migration-command.js";
export declare function downgrade(ctx: CommandContext, target: string, opts: RunCommandOptions): Promise<number>;

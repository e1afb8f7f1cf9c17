import type { CommandContext } from "./context.js";
export declare function printConfig(ctx: CommandContext): Promise<number>;

import type { CommandContext } from "./context.js";
export declare function current(ctx: CommandContext, opts: {
    verbose?: boolean;
    checkHeads?: boolean;
}): Promise<number>;

import type { CommandContext } from "./context.js";
export declare function branches(ctx: CommandContext, opts: {
    verbose?: boolean;
}): Promise<number>;

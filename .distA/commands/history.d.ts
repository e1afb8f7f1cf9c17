import type { CommandContext } from "./context.js";
export declare function history(ctx: CommandContext, opts: {
    revRange?: string;
    verbose?: boolean;
    indicateCurrent?: boolean;
}): Promise<number>;

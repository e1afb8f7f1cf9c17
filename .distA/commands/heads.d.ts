import type { CommandContext } from "./context.js";
export declare function heads(ctx: CommandContext, opts: {
    verbose?: boolean;
    resolveDependencies?: boolean;
    check?: boolean;
}): Promise<number>;

import type { CommandContext } from "./context.js";
export declare function wait(ctx: CommandContext, opts: {
    attempts?: string;
    interval?: string;
    backoff?: boolean;
}): Promise<number>;

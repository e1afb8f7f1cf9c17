import type { CommandContext } from "./context.js";
export declare function show(ctx: CommandContext, rev: string): Promise<number>;

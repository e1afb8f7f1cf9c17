import type { CommandContext } from "./context.js";
export interface GraphOptions {
    format?: string;
    current?: boolean;
}
export declare function graph(ctx: CommandContext, opts: GraphOptions): Promise<number>;

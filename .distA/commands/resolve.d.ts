import type { CommandContext } from "./context.js";
export interface ResolveOptions {
    applied?: boolean;
    rolledBack?: boolean;
}
export declare function resolve(ctx: CommandContext, revision: string, opts: ResolveOptions): Promise<number>;

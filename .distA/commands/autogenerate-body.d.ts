import type { CommandContext } from "./context.js";
export declare function parseRenames(renames: readonly string[]): Record<string, string>;
export declare function autogenerateRevisionBody(ctx: CommandContext, opts: {
    renames: readonly string[];
}): Promise<{
    imports: string;
    upgrades: string;
    downgrades: string;
    extraExports?: string;
} | null>;

import type { CommandContext } from "./context.js";
export declare function merge(ctx: CommandContext, revisions: string[], opts: {
    message?: string;
    branchLabel?: string[];
    revId?: string;
    splice?: boolean;
}): Promise<number>;

import type { CommandContext } from "./context.js";
export interface LintOptions {
    since?: string;
    format?: string;
}
export declare function lint(ctx: CommandContext, revisions: string[], opts: LintOptions): Promise<number>;

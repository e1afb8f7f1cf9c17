import type { CommandContext } from "./context.js";
export interface TestOptions {
    heads?: string;
}
export declare function test(ctx: CommandContext, opts: TestOptions): Promise<number>;

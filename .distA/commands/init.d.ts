import type { CommandContext } from "./context.js";
export interface InitOptions {
    printConfig?: boolean;
}
export declare function configFileText(scriptLocation: string, defaultUrl?: string): string;
export declare function init(ctx: CommandContext, directory: string, opts: InitOptions): Promise<number>;

/**
 * What every command receives: the working directory, the global flags, the
 * output, and lazy access to the configuration and the script directory.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { Output } from "../cli/output.js";
import type { ScriptDirectory } from "../script/script-directory.js";
export interface GlobalOptions {
    config?: string | undefined;
    url?: string | undefined;
    quiet?: boolean | undefined;
    debug?: boolean | undefined;
    json?: boolean | undefined;
    /** `-x key=value`, repeatable. */
    context?: string[] | undefined;
    /** `--tag` of upgrade, downgrade, stamp. */
    tag?: string | undefined;
}
export declare class CommandContext {
    readonly cwd: string;
    readonly globals: GlobalOptions;
    readonly out: Output;
    readonly env: NodeJS.ProcessEnv;
    private configPromise;
    private scripts;
    constructor(cwd: string, globals: GlobalOptions, out: Output, env?: NodeJS.ProcessEnv);
    config(): Promise<ResolvedConfig>;
    scriptDirectory(): Promise<ScriptDirectory>;
    /** Forget the loaded scripts (after writing a new revision). */
    invalidateScripts(): void;
}

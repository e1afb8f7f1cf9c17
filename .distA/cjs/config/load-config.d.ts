import { type ResolvedUrl } from "./resolve-url.js";
import { type RunContext } from "./run-context.js";
import { type AthanorConfig, type PostWriteHook, type TransactionMode } from "./settings.js";
export declare const CONFIG_FILE_NAMES: readonly ["athanor.config.ts", "athanor.config.mts", "athanor.config.js", "athanor.config.mjs", "athanor.config.json"];
export type SettingSource = "flag" | "env" | "file" | "default";
export interface LoadConfigOptions {
    cwd?: string;
    /** `-c/--config`. */
    configPath?: string | undefined;
    /** `--url`. */
    url?: string | undefined;
    env?: NodeJS.ProcessEnv;
    /** Skip `.env` loading (tests). */
    dotenv?: boolean;
    /** `-x key=value` and `--tag`: given to a config that is a function, and to revisions as `op.context`. */
    context?: RunContext | undefined;
}
export interface ResolvedConfig {
    /** Folder paths are relative to this: the config file's folder, else the working directory. */
    readonly projectDir: string;
    readonly configFile: string | null;
    readonly raw: AthanorConfig;
    readonly scriptLocation: string;
    readonly versionLocations: readonly string[];
    readonly recursiveVersionLocations: boolean;
    readonly fileTemplate: string;
    readonly timezone: string;
    readonly truncateSlugLength: number;
    readonly versionTable: string;
    readonly versionTableSchema: string | null;
    readonly postWriteHooks: readonly PostWriteHook[];
    readonly revisionExtension: "ts" | "mts" | "js" | "mjs";
    readonly transactionMode: TransactionMode;
    readonly url: ResolvedUrl | null;
    /** For each setting: where its value came from. */
    readonly sources: Readonly<Record<string, SettingSource>>;
    /** `.env` variables that were loaded. */
    readonly dotenvLoaded: readonly string[];
    /** The run context (`-x`, `--tag`, `migrate({ context })`): what revisions see as `op.context`. */
    readonly context: RunContext;
}
export declare function findConfigFile(cwd: string, explicit?: string, env?: NodeJS.ProcessEnv): string | null;
export declare function loadConfig(options?: LoadConfigOptions): Promise<ResolvedConfig>;
/**
 * A config exported as a function is called with the run context and gives
 * the settings. Its own AthanorErrors (`ctx.require("tenant")`) pass through;
 * anything else it throws names the file.
 */
export declare function applyConfigFunction(exported: unknown, context: RunContext | undefined, where: string): Promise<unknown>;
export declare function resolveConfig(raw: AthanorConfig, ctx: {
    configFile: string | null;
    cwd: string;
    env: NodeJS.ProcessEnv;
    dotenvLoaded?: readonly string[];
    urlFlag?: string | undefined;
    context?: RunContext | undefined;
}): ResolvedConfig;

/**
 * How the programmatic API finds its configuration: a config file (found in
 * `cwd` as the CLI does, or named), or a config object given in code.
 */
import { type ResolvedConfig } from "../config/load-config.js";
import type { AthanorConfig, AthanorConfigFunction } from "../config/settings.js";
export interface ConfigSource {
    /**
     * A config object, a function of the run context returning one, or the path
     * of a config file. Default: the config file in `cwd`, else defaults.
     */
    config?: AthanorConfig | AthanorConfigFunction | string | undefined;
    /** Project folder (where the config file and migrations are). Default: process.cwd(). */
    cwd?: string | undefined;
    /** Database URL; overrides DATABASE_URL and the config, like `--url`. */
    url?: string | undefined;
    env?: NodeJS.ProcessEnv | undefined;
    /** The run context, as `-x key=value` gives it on the command line: `op.context` in revisions, and the config function's argument. */
    context?: Readonly<Record<string, string>> | undefined;
    /** As `--tag`: `op.context.tag`. */
    tag?: string | undefined;
}
export interface Logger {
    info(line: string): void;
    warn(line: string): void;
}
export declare const consoleLogger: Logger;
export declare const silentLogger: Logger;
export declare function loggerOf(logger: Logger | false | undefined): Logger;
export declare function apiConfig(src: ConfigSource): Promise<ResolvedConfig>;

/**
 * How the programmatic API finds its configuration: a config file (found in
 * `cwd` as the CLI does, or named), or a config object given in code.
 */
import { type ResolvedConfig, applyConfigFunction, loadConfig, resolveConfig } from "../config/load-config.js";
import { RunContext } from "../config/run-context.js";
import type { AthanorConfig, AthanorConfigFunction } from "../config/settings.js";
import { validateConfig } from "../config/validate-config.js";

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

export const consoleLogger: Logger = {
  info: (l) => console.error(`[athanor] ${l}`),
  warn: (l) => console.error(`[athanor] warning: ${l}`),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export function loggerOf(logger: Logger | false | undefined): Logger {
  return logger === false ? silentLogger : (logger ?? consoleLogger);
}

export async function apiConfig(src: ConfigSource): Promise<ResolvedConfig> {
  const cwd = src.cwd ?? process.cwd();
  const env = src.env ?? process.env;
  const context = new RunContext(src.context, src.tag);
  if (src.config !== undefined && typeof src.config !== "string") {
    const where = "config passed to athanor";
    const raw = validateConfig(await applyConfigFunction(src.config, context, where), where) as AthanorConfig;
    return resolveConfig(raw, { configFile: null, cwd, env, urlFlag: src.url, context });
  }
  return loadConfig({ cwd, configPath: src.config, url: src.url, env, context });
}

/**
 * How the programmatic API finds its configuration: a config file (found in
 * `cwd` as the CLI does, or named), or a config object given in code.
 */
import { type ResolvedConfig, loadConfig, resolveConfig } from "../config/load-config.js";
import type { AthanorConfig } from "../config/settings.js";
import { validateConfig } from "../config/validate-config.js";

export interface ConfigSource {
  /** A config object, or the path of a config file. Default: the config file in `cwd`, else defaults. */
  config?: AthanorConfig | string | undefined;
  /** Project folder (where the config file and migrations are). Default: process.cwd(). */
  cwd?: string | undefined;
  /** Database URL; overrides DATABASE_URL and the config, like `--url`. */
  url?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
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
  if (src.config !== undefined && typeof src.config === "object") {
    const raw = validateConfig(src.config, "config passed to athanor") as AthanorConfig;
    return resolveConfig(raw, { configFile: null, cwd, env, urlFlag: src.url });
  }
  return loadConfig({ cwd, configPath: src.config, url: src.url, env });
}

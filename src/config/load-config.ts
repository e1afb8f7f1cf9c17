/**
 * Finds, loads and resolves the project configuration: the config file (or
 * defaults), `.env`, and the database URL, remembering where each value came
 * from so `athanor config` can show it.
 */
import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { passwordVariables, resolveUrlPaths } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { lineInError } from "../util/line-in-error.js";
import { loadModule } from "../util/load-module.js";
import { loadDotenv } from "./dotenv.js";
import { type ResolvedUrl, resolveUrl } from "./resolve-url.js";
import { registerSecret, rememberSecretsOf } from "../util/mask-secrets.js";
import { EMPTY_RUN_CONTEXT, type RunContext } from "./run-context.js";
import { type AthanorConfig, DEFAULTS, type PostWriteHook, type TransactionMode } from "./settings.js";
import { validateConfig } from "./validate-config.js";

export const CONFIG_FILE_NAMES = [
  "athanor.config.ts",
  "athanor.config.mts",
  "athanor.config.cts",
  "athanor.config.js",
  "athanor.config.mjs",
  "athanor.config.cjs",
  "athanor.config.json",
] as const;

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

export function findConfigFile(cwd: string, explicit?: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const given = explicit ?? env.ATHANOR_CONFIG;
  if (given) {
    const p = resolve(cwd, given);
    if (!existsSync(p)) {
      throw new AthanorError("CONFIG.NOT_FOUND", `config file not found: ${given}`);
    }
    return p;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const p = join(cwd, name);
    if (existsSync(p)) return p;
  }
  return null;
}

export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const dotenvLoaded = options.dotenv === false ? [] : loadDotenv(cwd, env);
  const configFile = findConfigFile(cwd, options.configPath, env);
  // A config in another folder (`-c packages/db/athanor.config.ts` from a monorepo's root) brings its own `.env`;
  // what the working directory's `.env` set wins.
  if (options.dotenv !== false && configFile && dirname(configFile) !== cwd) dotenvLoaded.push(...loadDotenv(dirname(configFile), env));
  let raw: AthanorConfig = {};
  if (configFile) {
    let mod: Record<string, unknown>;
    try {
      mod = await loadModule(configFile);
    } catch (e) {
      const msg = (e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e)).trim();
      // a parse error's position is on the loader's second line: keep its line number
      const line = lineInError(e, configFile);
      // Node explains CommonJS code in an ES-module .js file on a second line
      const esmScope = e instanceof Error && /is not defined in ES module scope/.test(msg);
      const hint = esmScope ? ` (package.json has "type": "module", so .js is an ES module: use export default, or name the file ${basename(configFile).replace(/\.js$/, ".cjs")})` : "";
      throw new AthanorError("CONFIG.LOAD_FAILED", `${configFile}${line === null ? "" : `:${line}`}: could not load the config: ${msg}${hint}`, { cause: e });
    }
    const exported = "default" in mod ? mod.default : mod;
    raw = validateConfig(await applyConfigFunction(exported, options.context, configFile), configFile) as AthanorConfig;
  }
  return resolveConfig(raw, { configFile, cwd, env, dotenvLoaded, urlFlag: options.url, context: options.context });
}

/**
 * A config exported as a function is called with the run context and gives
 * the settings. Its own AthanorErrors (`ctx.require("tenant")`) pass through;
 * anything else it throws names the file.
 */
export async function applyConfigFunction(exported: unknown, context: RunContext | undefined, where: string): Promise<unknown> {
  if (typeof exported !== "function") return exported;
  try {
    return await (exported as (c: RunContext) => unknown)(context ?? EMPTY_RUN_CONTEXT);
  } catch (e) {
    if (e instanceof AthanorError) throw e;
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new AthanorError("CONFIG.LOAD_FAILED", `${where}: the config function failed: ${msg}`, { cause: e });
  }
}

export function resolveConfig(
  raw: AthanorConfig,
  ctx: {
    configFile: string | null;
    cwd: string;
    env: NodeJS.ProcessEnv;
    dotenvLoaded?: readonly string[];
    urlFlag?: string | undefined;
    context?: RunContext | undefined;
  },
): ResolvedConfig {
  const projectDir = ctx.configFile ? dirname(ctx.configFile) : ctx.cwd;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(projectDir, p));
  const sources: Record<string, SettingSource> = {};
  const pick = <K extends keyof AthanorConfig>(key: K, dflt: NonNullable<AthanorConfig[K]>): NonNullable<AthanorConfig[K]> => {
    const v = raw[key];
    sources[key] = v === undefined ? "default" : "file";
    return (v ?? dflt) as NonNullable<AthanorConfig[K]>;
  };
  const scriptLocation = abs(pick("scriptLocation", DEFAULTS.scriptLocation));
  const versionLocations = pick("versionLocations", [join(scriptLocation, "versions")]).map(abs);
  const timezone = pick("timezone", DEFAULTS.timezone);
  assertTimezone(timezone, ctx.configFile);
  const url = resolveUrl({
    flag: ctx.urlFlag,
    env: ctx.env,
    configUrl: raw.url,
    configDefaultUrl: raw.defaultUrl,
    configFile: ctx.configFile,
  });
  for (const v of passwordVariables()) {
    const pw = ctx.env[v];
    if (pw) registerSecret(pw);
  }
  if (url) {
    rememberSecretsOf(url.url);
    sources.url =
      url.source.kind === "flag" ? "flag" : url.source.kind === "file" ? "file" : "env";
  }
  return {
    projectDir,
    configFile: ctx.configFile,
    raw,
    scriptLocation,
    versionLocations,
    recursiveVersionLocations: pick("recursiveVersionLocations", DEFAULTS.recursiveVersionLocations),
    fileTemplate: pick("fileTemplate", DEFAULTS.fileTemplate),
    timezone,
    truncateSlugLength: pick("truncateSlugLength", DEFAULTS.truncateSlugLength),
    versionTable: pick("versionTable", DEFAULTS.versionTable),
    versionTableSchema: raw.versionTableSchema ?? null,
    postWriteHooks: pick("postWriteHooks", DEFAULTS.postWriteHooks),
    revisionExtension: pick("revisionExtension", DEFAULTS.revisionExtension),
    transactionMode: pick("transactionMode", DEFAULTS.transactionMode),
    url: url && { ...url, url: resolveUrlPaths(url.url, url.source.kind === "file" ? projectDir : ctx.cwd) },
    sources: { ...sources, versionTableSchema: raw.versionTableSchema === undefined ? "default" : "file" },
    dotenvLoaded: ctx.dotenvLoaded ?? [],
    context: ctx.context ?? EMPTY_RUN_CONTEXT,
  };
}

/** Zones every ICU build knows; checking them would cost ~40 ms of ICU start-up on every command. */
const ALWAYS_VALID_ZONES = new Set(["UTC", "Etc/UTC", "GMT", "Etc/GMT"]);

function assertTimezone(tz: string, file: string | null): void {
  if (ALWAYS_VALID_ZONES.has(tz)) return;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    throw new AthanorError("CONFIG.INVALID", `${file ?? "config"}: setting 'timezone' is not a known time zone: '${tz}'`);
  }
}

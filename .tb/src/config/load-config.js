/**
 * Finds, loads and resolves the project configuration: the config file (or
 * defaults), `.env`, and the database URL, remembering where each value came
 * from so `athanor config` can show it.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { passwordVariables, resolveUrlPaths } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { loadModule } from "../util/load-module.js";
import { loadDotenv } from "./dotenv.js";
import { resolveUrl } from "./resolve-url.js";
import { registerSecret, rememberSecretsOf } from "../util/mask-secrets.js";
import { EMPTY_RUN_CONTEXT } from "./run-context.js";
import { DEFAULTS } from "./settings.js";
import { validateConfig } from "./validate-config.js";
export const CONFIG_FILE_NAMES = [
    "athanor.config.ts",
    "athanor.config.mts",
    "athanor.config.js",
    "athanor.config.mjs",
    "athanor.config.json",
];
export function findConfigFile(cwd, explicit, env = process.env) {
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
        if (existsSync(p))
            return p;
    }
    return null;
}
export async function loadConfig(options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const env = options.env ?? process.env;
    const dotenvLoaded = options.dotenv === false ? [] : loadDotenv(cwd, env);
    const configFile = findConfigFile(cwd, options.configPath, env);
    let raw = {};
    if (configFile) {
        let mod;
        try {
            mod = await loadModule(configFile);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
            throw new AthanorError("CONFIG.LOAD_FAILED", `${configFile}: could not load the config: ${msg}`, { cause: e });
        }
        const exported = "default" in mod ? mod.default : mod;
        raw = validateConfig(await applyConfigFunction(exported, options.context, configFile), configFile);
    }
    return resolveConfig(raw, { configFile, cwd, env, dotenvLoaded, urlFlag: options.url, context: options.context });
}
/**
 * A config exported as a function is called with the run context and gives
 * the settings. Its own AthanorErrors (`ctx.require("tenant")`) pass through;
 * anything else it throws names the file.
 */
export async function applyConfigFunction(exported, context, where) {
    if (typeof exported !== "function")
        return exported;
    try {
        return await exported(context ?? EMPTY_RUN_CONTEXT);
    }
    catch (e) {
        if (e instanceof AthanorError)
            throw e;
        const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
        throw new AthanorError("CONFIG.LOAD_FAILED", `${where}: the config function failed: ${msg}`, { cause: e });
    }
}
export function resolveConfig(raw, ctx) {
    const projectDir = ctx.configFile ? dirname(ctx.configFile) : ctx.cwd;
    const abs = (p) => (isAbsolute(p) ? p : resolve(projectDir, p));
    const sources = {};
    const pick = (key, dflt) => {
        const v = raw[key];
        sources[key] = v === undefined ? "default" : "file";
        return (v ?? dflt);
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
        if (pw)
            registerSecret(pw);
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
function assertTimezone(tz, file) {
    if (ALWAYS_VALID_ZONES.has(tz))
        return;
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
    }
    catch {
        throw new AthanorError("CONFIG.INVALID", `${file ?? "config"}: setting 'timezone' is not a known time zone: '${tz}'`);
    }
}

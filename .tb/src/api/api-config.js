/**
 * How the programmatic API finds its configuration: a config file (found in
 * `cwd` as the CLI does, or named), or a config object given in code.
 */
import { applyConfigFunction, loadConfig, resolveConfig } from "../config/load-config.js";
import { RunContext } from "../config/run-context.js";
import { validateConfig } from "../config/validate-config.js";
export const consoleLogger = {
    info: (l) => console.error(`[athanor] ${l}`),
    warn: (l) => console.error(`[athanor] warning: ${l}`),
};
export const silentLogger = { info: () => { }, warn: () => { } };
export function loggerOf(logger) {
    return logger === false ? silentLogger : (logger ?? consoleLogger);
}
export async function apiConfig(src) {
    const cwd = src.cwd ?? process.cwd();
    const env = src.env ?? process.env;
    const context = new RunContext(src.context, src.tag);
    if (src.config !== undefined && typeof src.config !== "string") {
        const where = "config passed to athanor";
        const raw = validateConfig(await applyConfigFunction(src.config, context, where), where);
        return resolveConfig(raw, { configFile: null, cwd, env, urlFlag: src.url, context });
    }
    return loadConfig({ cwd, configPath: src.config, url: src.url, env, context });
}

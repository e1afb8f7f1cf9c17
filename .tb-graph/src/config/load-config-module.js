/**
 * Imports a config file. TypeScript configs go through jiti, which resolves
 * `import { defineConfig } from "athanor"` to the running Athanor. A plain
 * `.js`/`.mjs` config is imported by Node itself, which finds "athanor" only
 * when the project has it in node_modules; under `npx` or a global install
 * it does not, so that one case is retried through jiti with the same alias.
 */
import { fileURLToPath } from "node:url";
import { loadModule } from "../util/load-module.js";
function missesAthanor(e) {
    const err = e;
    return (typeof err?.code === "string" &&
        err.code === "ERR_MODULE_NOT_FOUND" &&
        typeof err.message === "string" &&
        /['"]athanor['"]/.test(err.message));
}
export async function loadConfigModule(absPath) {
    try {
        return await loadModule(absPath);
    }
    catch (e) {
        if (!/\.(c|m)?js$/.test(absPath) || !missesAthanor(e))
            throw e;
        const { createJiti } = await import("jiti");
        const jiti = createJiti(import.meta.url, {
            interopDefault: true,
            moduleCache: false,
            alias: { athanor: fileURLToPath(new URL("../index.js", import.meta.url)) },
        });
        return (await jiti.import(absPath)) ?? {};
    }
}

import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { AthanorError } from "../errors.js";
import { importModule } from "../util/dynamic-import.js";
function isMissing(e, name) {
    const err = e;
    const code = typeof err?.code === "string" ? err.code : "";
    const message = typeof err?.message === "string" ? err.message : "";
    return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && message.includes(`'${name}'`);
}
/**
 * Imports an optional driver package: first as seen from Athanor itself,
 * then as seen from the user's project (the current directory). A missing
 * package becomes `DRIVER.MISSING` telling the user what to install.
 */
export async function loadOptionalModule(name, purpose) {
    try {
        return await importModule(name);
    }
    catch (e) {
        if (!isMissing(e, name))
            throw e;
    }
    try {
        const resolved = createRequire(join(process.cwd(), "package.json")).resolve(name);
        return await importModule(pathToFileURL(resolved).href);
    }
    catch (e) {
        if (!isMissing(e, name) && !e?.code?.includes("MODULE_NOT_FOUND"))
            throw e;
    }
    throw new AthanorError("DRIVER.MISSING", `${purpose} needs the npm package "${name}", which is not installed. Run: npm install ${name}`);
}

/**
 * Files of the athanor package itself, wherever its code runs from: the
 * bundled `dist/` (code lives in entry files and in `dist/chunks/`, so a path
 * relative to `import.meta.url` depends on which chunk a module landed in),
 * or the unbundled output of a test build. The package root is the nearest
 * folder above this module whose package.json is named "athanor"; the API
 * entry is that package.json's `exports["."].import`, as Node resolves it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
let info;
function findPackage() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const file = join(dir, "package.json");
        if (existsSync(file)) {
            try {
                const pkg = JSON.parse(readFileSync(file, "utf8"));
                if (pkg.name === "athanor") {
                    const dot = pkg.exports?.["."];
                    const entry = typeof dot?.import === "string" ? dot.import : "./dist/index.js";
                    return { root: dir, version: typeof pkg.version === "string" ? pkg.version : "0.0.0", entry: join(dir, entry) };
                }
            }
            catch {
                // not ours, or unreadable: keep looking upwards
            }
        }
        const up = dirname(dir);
        if (up === dir)
            throw new Error(`athanor: can't find the package.json of athanor above ${fileURLToPath(import.meta.url)}`);
        dir = up;
    }
}
function pkg() {
    info ??= findPackage();
    return info;
}
/** The installed package's version. */
export function packageVersion() {
    try {
        return pkg().version;
    }
    catch {
        return "0.0.0";
    }
}
/** `file:` URL of the public API entry (what revision files import as "athanor"). */
export function apiEntryUrl() {
    return pathToFileURL(pkg().entry);
}
/** `file:` URL of a module next to the API entry, e.g. "config/settings.js". */
export function apiModuleUrl(relative) {
    return pathToFileURL(join(dirname(pkg().entry), relative));
}
/** A folder shipped at the package root, e.g. "templates". */
export function packageDir(name) {
    return join(pkg().root, name);
}

/**
 * The classic silent misnaming: drizzle is given `casing: "snake_case"` (in
 * drizzle.config) but Athanor is not, so `createdAt: timestamp()` would be
 * compared as a column named `createdAt`. When the project's drizzle config
 * sets a casing that Athanor's `casing` setting does not match, say so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
const FILES = ["drizzle.config.ts", "drizzle.config.mts", "drizzle.config.js", "drizzle.config.mjs", "drizzle.config.cjs", "drizzle.config.json"];
/** A warning when drizzle.config in `projectDir` sets a casing other than `casing`, or null. */
export function drizzleCasingHint(projectDir, casing) {
    for (const name of FILES) {
        const file = join(projectDir, name);
        if (!existsSync(file))
            continue;
        let text;
        try {
            text = readFileSync(file, "utf8");
        }
        catch {
            return null;
        }
        const m = /["']?casing["']?\s*:\s*["'](snake_case|camelCase)["']/.exec(text);
        if (!m || m[1] === casing)
            return null;
        return (`${name} sets casing: "${m[1]}" but Athanor's config ${casing === undefined ? "does not set casing" : `sets casing: "${casing}"`}; ` +
            `drizzle columns declared without a name are compared under ${casing === undefined ? "their key" : `the ${casing} name`}. ` +
            `Set casing: "${m[1]}" in the Athanor config to match drizzle-kit`);
    }
    return null;
}

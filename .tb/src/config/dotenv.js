/** Loads `.env` from a folder into process.env; variables already set win. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
export function loadDotenv(dir, env = process.env) {
    const file = join(dir, ".env");
    if (!existsSync(file))
        return [];
    const parsed = parseEnv(readFileSync(file, "utf8"));
    const loaded = [];
    for (const [k, v] of Object.entries(parsed)) {
        if (env[k] === undefined) {
            env[k] = v;
            loaded.push(k);
        }
    }
    return loaded;
}

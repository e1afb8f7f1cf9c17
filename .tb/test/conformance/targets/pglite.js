/**
 * PGlite (embedded PostgreSQL) in a temporary directory, `pglite:<dir>`.
 * A new directory costs an initdb (seconds of CPU in WASM), so an
 * initialised directory is kept in Athanor's per-user cache folder, one per
 * PGlite version, and copied for each case group. There is no command-line
 * client: offline scripts are not applied (the case is skipped, saying so).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pgliteDriver, postgresDialect } from "../../../src/dialects/postgres/index.js";
import { cacheDir } from "../../../src/util/cache-dir.js";
import { comparePostgresModels, dumpPostgresSchema, POSTGRES_CAPABILITIES } from "./postgres-family.js";
let root;
let template;
let count = 0;
function tempRoot() {
    if (root === undefined) {
        const made = mkdtempSync(join(tmpdir(), "athanor-conf-pglite-"));
        root = made;
        process.on("exit", () => rmSync(made, { recursive: true, force: true }));
    }
    return root;
}
/** The installed PGlite's version (a data directory belongs to the PostgreSQL build that made it). */
function pgliteVersion() {
    let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir)
        dir = dirname(dir);
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
}
/** Initialises a data directory at `dir` and closes it cleanly. */
async function initialise(dir) {
    const conn = await pgliteDriver.connect({ url: `pglite:${dir}` });
    await conn.query("select 1");
    await conn.close();
}
/**
 * An initialised, closed data directory to copy: from the cache when there
 * is one for this PGlite version, else made here (and cached: built aside,
 * then renamed into place, so a half-built directory is never used).
 */
function templateDir() {
    template ??= (async () => {
        const cache = cacheDir();
        if (cache === null) {
            const dir = join(tempRoot(), "template");
            await initialise(dir);
            return dir;
        }
        const cached = join(cache, `conformance-pglite-${pgliteVersion()}`);
        if (existsSync(join(cached, "PG_VERSION")))
            return cached;
        const building = mkdtempSync(join(cache, "conformance-pglite-building-"));
        await initialise(join(building, "data"));
        try {
            renameSync(join(building, "data"), cached);
        }
        catch {
            // another process cached one first: use that
        }
        rmSync(building, { recursive: true, force: true });
        return cached;
    })();
    return template;
}
export const pgliteTarget = {
    name: "PGlite",
    dialect: postgresDialect,
    capabilities: POSTGRES_CAPABILITIES,
    async unavailable() {
        try {
            await import("@electric-sql/pglite");
            return null;
        }
        catch (e) {
            return `@electric-sql/pglite cannot be loaded: ${e.message}`;
        }
    },
    async createDatabase() {
        const dir = join(tempRoot(), `db${++count}`);
        cpSync(await templateDir(), dir, { recursive: true });
        const url = `pglite:${dir}`;
        return {
            url,
            connect: () => pgliteDriver.connect({ url }),
            async drop() {
                rmSync(dir, { recursive: true, force: true });
            },
        };
    },
    nativeClient: null,
    nativeClientAbsent: "PGlite has no command-line client to apply an offline script with",
    dumpSchema: dumpPostgresSchema,
    compareModels: comparePostgresModels,
};

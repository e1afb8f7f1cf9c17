/**
 * A small HTTP service that migrates its database at start-up, then serves.
 *
 *   1. migrate({ wait: true, validate, allowAhead }) — wait for the database
 *      (DB_MAX_RETRIES × DB_RETRY_INTERVAL, default 30 × 2 s), take the migration
 *      lock, upgrade to head, check that the critical tables exist. Any failure:
 *      one line on stderr with the error code, exit 1, and the service never
 *      listens.
 *   2. GET /health — { db: "ok" | "down", schema: { current, head, upToDate, ahead } },
 *      200 when the database answers and no revision of this code is missing
 *      (at head, or ahead: a newer release already migrated it), else 503.
 *
 * Database: DATABASE_URL, else the embedded PGlite database in ./.data
 * (athanor.config.ts beside this file). Listens on HOST:PORT (default
 * 0.0.0.0:3000; PORT=0 picks a free port) and prints `listening on <url>`.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { AthanorError, migrate, status } from "athanor";
import { Hono } from "hono";
/** The folder holding athanor.config.ts and migrations/, wherever the service is started from. */
const projectDir = dirname(fileURLToPath(import.meta.url));
/** Tables the service cannot run without: checked after migrating. */
const CRITICAL_TABLES = ["account", "note"];
/** A health check must answer even when the database hangs. */
const HEALTH_TIMEOUT_MS = Number(process.env.HEALTH_TIMEOUT_MS ?? 3000);
async function health() {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the database within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
    });
    try {
        const s = await Promise.race([status({ cwd: projectDir }), timeout]);
        // `ahead`: the database has revisions this code doesn't know — a newer release migrated it (rolling deploy).
        return { db: "ok", schema: { current: s.current, head: s.heads, upToDate: s.upToDate, ahead: s.unknown.length > 0 } };
    }
    catch (e) {
        // AthanorError messages never contain the database password.
        const error = e instanceof AthanorError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
        return { db: "down", schema: null, error };
    }
    finally {
        clearTimeout(timer);
    }
}
function app() {
    const hono = new Hono();
    hono.get("/health", async (c) => {
        const h = await health();
        const ready = h.db === "ok" && (h.schema?.upToDate === true || h.schema?.ahead === true);
        return c.json(h, ready ? 200 : 503);
    });
    return hono;
}
async function main() {
    try {
        const r = await migrate({
            cwd: projectDir,
            wait: true,
            validate: { tables: CRITICAL_TABLES },
            // A newer release may already have migrated further (this replica restarting
            // mid rolling deploy): start anyway, on a schema that has all this code needs.
            allowAhead: true,
        });
        const n = r.steps.length;
        console.log(`migrated ${r.url}: ${n} step${n === 1 ? "" : "s"}, at ${r.headsAfter.join(", ") || "base"}${r.waitedForLock ? " (waited for another replica's lock)" : ""}`);
    }
    catch (e) {
        const line = e instanceof AthanorError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
        console.error(`start-up failed: ${line}`);
        process.exitCode = 1;
        return;
    }
    const server = serve({ fetch: app().fetch, hostname: process.env.HOST ?? "0.0.0.0", port: Number(process.env.PORT ?? 3000) }, (info) => {
        console.log(`listening on http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`);
    });
    const stop = () => server.close(() => process.exit(0));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
}
await main();

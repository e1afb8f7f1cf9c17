/**
 * `status()`: what a /health endpoint reports — the database's heads, the
 * scripts' heads, what is pending, and whether the database is at head.
 * Read-only: creates nothing, takes no lock. A database at revisions this code
 * doesn't have (a newer release migrated it; the normal state of old replicas
 * during a rolling deploy) is reported in `unknown`, not thrown.
 */
import { headsNotApplied, planUpgrade } from "../graph/index.js";
import { describeHalfApplied, readHalfApplied } from "../runtime/half-applied.js";
import { openSession } from "../runtime/open-session.js";
import { versionTableRef } from "../runtime/run-online.js";
import { VersionStore } from "../runtime/version-store.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { apiConfig } from "./api-config.js";
export async function status(options = {}) {
    const config = await apiConfig(options);
    const scripts = ScriptDirectory.load(config);
    const session = await openSession(config, { connection: options.connection });
    try {
        const current = await new VersionStore(session.dialect, versionTableRef(config)).readHeads(session.conn);
        const halfApplied = (await readHalfApplied(session.dialect, session.conn, versionTableRef(config))).map((u) => ({
            revision: u.revision,
            direction: u.direction,
            statementsDone: u.statementsDone,
            status: u.status,
            description: describeHalfApplied(u, scripts),
        }));
        const heads = [...scripts.map.heads];
        const unknown = current.filter((rev) => !scripts.scripts.has(rev));
        if (unknown.length > 0)
            return { url: session.displayUrl, current, heads, pending: [], unknown, upToDate: false, halfApplied };
        const pending = planUpgrade(scripts.map, "heads", current).map((s) => s.revision.id);
        // the same question `current --check-heads` and `check` ask: an effective head is applied with its dependents
        const upToDate = headsNotApplied(scripts.map, current).length === 0 && halfApplied.length === 0;
        return { url: session.displayUrl, current, heads, pending, unknown: [], upToDate, halfApplied };
    }
    finally {
        await session.close();
    }
}

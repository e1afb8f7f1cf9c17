/**
 * Reads the heads recorded in the database for read-only commands (current,
 * history -i, show current). Creates nothing: no version table, no lock.
 */
import { openSession } from "../runtime/open-session.js";
import { versionTableRef } from "../runtime/run-online.js";
import { VersionStore } from "../runtime/version-store.js";
export async function readDatabaseHeads(ctx) {
    const config = await ctx.config();
    const session = await openSession(config);
    try {
        ctx.out.info(`Connected to ${session.displayUrl}`);
        const store = new VersionStore(session.dialect, versionTableRef(config));
        return { heads: await store.readHeads(session.conn), url: session.displayUrl };
    }
    finally {
        await session.close();
    }
}

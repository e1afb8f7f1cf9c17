/**
 * Reads the heads recorded in the database for read-only commands (current,
 * history -i, show current). Creates nothing: no version table, no lock.
 */
import type { UnfinishedStep } from "../dialects/dialect.js";
import { readHalfApplied } from "../runtime/half-applied.js";
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionStoreFor, versionTableRef } from "../api/runtime-input.js";
import type { CommandContext } from "./context.js";

export async function readDatabaseHeads(ctx: CommandContext): Promise<{ heads: string[]; url: string; halfApplied: UnfinishedStep[] }> {
  const config = await ctx.config();
  const session = await openSession(runtimeInput(config));
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const store = versionStoreFor(config, session.dialect);
    const heads = await store.readHeads(session.conn);
    // without transactional DDL: revisions that failed (or were killed) after some statements committed
    const halfApplied = await readHalfApplied(session.dialect, session.conn, versionTableRef(config));
    return { heads, url: session.displayUrl, halfApplied };
  } finally {
    await session.close();
  }
}

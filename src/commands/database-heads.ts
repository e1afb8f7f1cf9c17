/**
 * Reads the heads recorded in the database for read-only commands (current,
 * history -i, show current). Creates nothing: no version table, no lock.
 */
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionStoreFor } from "../api/runtime-input.js";
import type { CommandContext } from "./context.js";

export async function readDatabaseHeads(ctx: CommandContext): Promise<{ heads: string[]; url: string }> {
  const config = await ctx.config();
  const session = await openSession(runtimeInput(config));
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const store = versionStoreFor(config, session.dialect);
    return { heads: await store.readHeads(session.conn), url: session.displayUrl };
  } finally {
    await session.close();
  }
}

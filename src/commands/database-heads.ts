/**
 * Reads the heads recorded in the database for read-only commands (current,
 * history -i, show current). Creates nothing: no version table, no lock (it
 * only asks who holds the migration lock, to tell a revision being applied
 * from one whose run stopped).
 */
import type { UnfinishedStep } from "../dialects/dialect.js";
import { markInProgress, readHalfApplied } from "../runtime/half-applied.js";
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionStoreFor, versionTableRef } from "../api/runtime-input.js";
import { describeUnversioned, unversionedTables } from "../runtime/unversioned-tables.js";
import type { CommandContext } from "./context.js";

export interface DatabaseHeads {
  heads: string[];
  url: string;
  halfApplied: UnfinishedStep[];
  /** With no version table: the database's tables (it is not at base, upgrade won't start from there), else []. */
  unversionedTables: string[];
  /** What that means for `upgrade`, one line; null when `unversionedTables` is empty. */
  unversionedNote: string | null;
}

export async function readDatabaseHeads(ctx: CommandContext): Promise<DatabaseHeads> {
  const config = await ctx.config();
  const input = runtimeInput(config);
  const session = await openSession(input, { createMissing: false });
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const store = versionStoreFor(config, session.dialect);
    const heads = await store.readHeads(session.conn);
    // without transactional DDL: revisions that failed (or were killed) after some statements committed
    const ref = versionTableRef(config);
    // a `running` revision while another session holds the migration lock is being applied right now
    const halfApplied = await markInProgress(await readHalfApplied(session.dialect, session.conn, ref), session.dialect, session.conn, ref);
    const tables = heads.length === 0 ? await unversionedTables(input, session, store) : [];
    const unversionedNote = tables.length > 0 ? describeUnversioned(tables, store, input.unversioned) : null;
    return { heads, url: session.displayUrl, halfApplied, unversionedTables: tables, unversionedNote };
  } finally {
    await session.close();
  }
}

/**
 * `status()`: what a /health endpoint reports — the database's heads, the
 * scripts' heads, what is pending, and whether the database is at head.
 * Read-only: creates nothing, takes no lock.
 */
import { planUpgrade } from "../graph/index.js";
import { openSession } from "../runtime/open-session.js";
import { versionTableRef } from "../runtime/run-online.js";
import { VersionStore } from "../runtime/version-store.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { type ConfigSource, apiConfig } from "./api-config.js";

export interface StatusOptions extends ConfigSource {
  connection?: unknown;
}

export interface StatusResult {
  readonly url: string;
  /** Heads recorded in the database ([] at base). */
  readonly current: readonly string[];
  /** Heads of the revision scripts. */
  readonly heads: readonly string[];
  /** Revisions not yet applied, in the order `upgrade heads` would run them. */
  readonly pending: readonly string[];
  readonly upToDate: boolean;
}

export async function status(options: StatusOptions = {}): Promise<StatusResult> {
  const config = await apiConfig(options);
  const scripts = ScriptDirectory.load(config);
  const session = await openSession(config, { connection: options.connection });
  try {
    const current = await new VersionStore(session.dialect, versionTableRef(config)).readHeads(session.conn);
    const pending = planUpgrade(scripts.map, "heads", current).map((s) => s.revision.id);
    const heads = [...scripts.map.heads];
    return { url: session.displayUrl, current, heads, pending, upToDate: pending.length === 0 };
  } finally {
    await session.close();
  }
}

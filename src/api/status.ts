/**
 * `status()`: what a /health endpoint reports — the database's heads, the
 * scripts' heads, what is pending, and whether the database is at head.
 * Read-only: creates nothing, takes no lock (it asks who holds the migration
 * lock, to tell a revision being applied from one whose run stopped). A
 * database at revisions this code doesn't have (a newer release migrated it;
 * the normal state of old replicas during a rolling deploy) is reported in
 * `unknown`, not thrown.
 */
import { headsNotApplied, planUpgrade } from "../graph/index.js";
import { describeHalfApplied, markInProgress, readHalfApplied } from "../runtime/half-applied.js";
import { openSession } from "../runtime/open-session.js";
import { unversionedTables } from "../runtime/unversioned-tables.js";
import { runtimeInput, versionStoreFor, versionTableRef } from "./runtime-input.js";
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
  /** Revisions not yet applied, in the order `upgrade heads` would run them ([] when `unknown` is not empty). */
  readonly pending: readonly string[];
  /**
   * Revisions recorded in the database that the revision scripts don't have:
   * the database is ahead of this code (or a revision file was removed).
   */
  readonly unknown: readonly string[];
  /**
   * Every head of the scripts is applied (nothing is pending). A head that is
   * only depended upon ("effective head") is applied with what depends on it,
   * though the version table does not list it: as `current --check-heads`.
   */
  readonly upToDate: boolean;
  /**
   * Revisions that committed some of their statements and then failed or were
   * killed (databases without transactional DDL, such as MySQL): `upgrade`
   * and `downgrade` refuse to move past them until `athanor resolve` or a
   * rerun that resumes them. Never up to date while one is listed.
   * `inProgress`: the revision is being applied right now (its row is
   * `running` and another session holds the migration lock), not stopped.
   */
  /**
   * With no version table, the tables the database has ([] otherwise): a
   * database Athanor didn't create, which is not at base. `migrate()` refuses
   * it (`DATABASE.UNVERSIONED`) unless `baseline` or `onUnversionedDatabase`
   * says what to do. Never up to date while one is listed.
   */
  readonly unversionedTables: readonly string[];
  readonly halfApplied: readonly {
    revision: string;
    direction: "up" | "down";
    statementsDone: number;
    status: "running" | "failed";
    inProgress: boolean;
    description: string;
  }[];
}

export async function status(options: StatusOptions = {}): Promise<StatusResult> {
  const config = await apiConfig(options);
  const scripts = ScriptDirectory.load(config);
  const session = await openSession(runtimeInput(config), { connection: options.connection, createMissing: false });
  try {
    const store = versionStoreFor(config, session.dialect);
    const current = await store.readHeads(session.conn);
    const ref = versionTableRef(config);
    const unfinished = await markInProgress(await readHalfApplied(session.dialect, session.conn, ref), session.dialect, session.conn, ref);
    const halfApplied = unfinished.map((u) => ({
      revision: u.revision,
      direction: u.direction,
      statementsDone: u.statementsDone,
      status: u.status,
      inProgress: u.inProgress !== undefined,
      description: describeHalfApplied(u, scripts),
    }));
    const heads = [...scripts.map.heads];
    const unknown = current.filter((rev) => !scripts.scripts.has(rev));
    if (unknown.length > 0) return { url: session.displayUrl, current, heads, pending: [], unknown, upToDate: false, unversionedTables: [], halfApplied };
    const unversioned = current.length === 0 ? await unversionedTables(runtimeInput(config), session, store) : [];
    const pending = planUpgrade(scripts.map, "heads", current).map((s) => s.revision.id);
    // the same question `current --check-heads` and `check` ask: an effective head is applied with its dependents
    const upToDate = headsNotApplied(scripts.map, current).length === 0 && halfApplied.length === 0 && unversioned.length === 0;
    return { url: session.displayUrl, current, heads, pending, unknown: [], upToDate, unversionedTables: unversioned, halfApplied };
  } finally {
    await session.close();
  }
}

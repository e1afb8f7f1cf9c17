/**
 * upgrade / downgrade / stamp against a live database: connect, take the
 * migration lock, read the heads, plan, run, and verify by reading the
 * version table back after the last COMMIT.
 */
import type { TransactionMode } from "../config/settings.js";
import type { DatabaseConnection } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { checksumFile } from "../script/script-directory.js";
import { acquireMigrationLock } from "./acquire-lock.js";
import { idleLimitMs } from "./idle-limit.js";
import { openSession, type Session, startSession } from "./open-session.js";
import { type RunKind, planRun } from "./plan-run.js";
import type { StepResult } from "./run-steps.js";
import { readHalfApplied, resumeOrRefuse } from "./half-applied.js";
import { ownQueryFailed } from "./own-query-error.js";
import type { RuntimeInput } from "./runtime-input.js";
import { loadStepRunner, type StepProtocol, stepProtocolFor } from "./step-protocol.js";
import { userTablesBesides } from "./unversioned-tables.js";
import { VersionStore } from "./version-store.js";

/**
 * Builds an empty database another way than replaying every revision (the
 * API and commands layer passes one for `freshDatabase: "models"`): it
 * creates the schema and records the heads in the version table, in the
 * session it is given, and returns the steps it recorded. The runtime calls
 * it on `upgrade` to the heads of a database with no version table and no
 * tables, with the migration lock held, and checks the heads afterwards.
 */
export type FreshDatabaseBuilder = (session: Session, store: VersionStore, scripts: ScriptDirectory, log: (line: string) => void) => Promise<StepResult[]>;

export interface RunOptions {
  kind: RunKind;
  targets: readonly string[];
  purge?: boolean;
  mode?: TransactionMode | undefined;
  log: (line: string) => void;
  warn: (line: string) => void;
  signal?: AbortSignal | undefined;
  /** Use this session instead of connecting (programmatic API). */
  connection?: unknown;
  onStep?: (r: StepResult, index: number, total: number) => void;
  progress?: boolean;
  /** How to build an empty database instead of running every revision (see FreshDatabaseBuilder). */
  freshDatabase?: FreshDatabaseBuilder | undefined;
}

export interface RunResult {
  readonly kind: RunKind;
  readonly url: string;
  readonly headsBefore: readonly string[];
  readonly headsAfter: readonly string[];
  readonly steps: readonly StepResult[];
  readonly waitedForLock: boolean;
  /** The baseline revision stamped on an unversioned database, if that happened. */
  readonly baselineStamped: string | null;
  /** An empty database was built from the models and stamped (`freshDatabase: "models"`). */
  readonly createdFromModels?: boolean;
}

/**
 * `scripts` may be a loader: the revision files are then read while the
 * connection is being set up (a no-op `upgrade` spends most of its time on
 * those two).
 */
export async function runOnline(
  config: RuntimeInput,
  scriptsOrLoader: ScriptDirectory | (() => Promise<ScriptDirectory>),
  opts: RunOptions,
): Promise<RunResult> {
  let scripts: ScriptDirectory;
  let session: Session;
  if (typeof scriptsOrLoader === "function") {
    const started = await startSession(config, { connection: opts.connection, signal: opts.signal, writes: true, log: opts.log });
    try {
      scripts = await scriptsOrLoader();
    } catch (e) {
      started.session.then((s) => s.close()).catch(() => {});
      throw e;
    }
    session = await started.session;
  } else {
    scripts = scriptsOrLoader;
    session = await openSession(config, { connection: opts.connection, signal: opts.signal, writes: true, log: opts.log });
  }
  let protocol: StepProtocol;
  try {
    config.checkFor?.(session.dialect);
    protocol = stepProtocolFor(session.dialect, opts.mode ?? config.transactionMode);
  } catch (e) {
    await session.close().catch(() => {});
    throw e;
  }
  opts.log(`Connected to ${session.displayUrl}`);
  const ref = config.versionTable;
  const store = new VersionStore(session.dialect, ref);
  try {
    const lock = config.migrationLock === false
      ? { waited: false, waitedMs: 0, release: async () => {} }
      : await acquireMigrationLock(session, store, {
          waitTimeoutMs: config.timeouts.lockWaitTimeoutMs,
          log: opts.log,
          signal: opts.signal,
        });
    try {
      let before = await store.readHeads(session.conn);
      let baselineStamped: string | null = null;
      if (opts.kind === "upgrade" && before.length === 0 && !(await store.exists(session.conn))) {
        const empty = (await userTablesBesides(config, session)).length === 0;
        if (empty && opts.freshDatabase && opts.targets.every((t) => t === "head" || t === "heads")) {
          const steps = await opts.freshDatabase(session, store, scripts, opts.log);
          const after = await store.readHeads(session.conn);
          const expected = scripts.map.heads;
          if (!sameSet(after, expected)) {
            throw new AthanorError("VERSION.VERIFY_FAILED", `after creating the schema from the models the version table shows ${after.join(", ") || "nothing"}, expected ${expected.join(", ")}`);
          }
          return { kind: opts.kind, url: session.displayUrl, headsBefore: [], headsAfter: after, steps, waitedForLock: lock.waited, baselineStamped, createdFromModels: true };
        }
        if (!empty) {
          baselineStamped = await handleUnversioned(config, scripts, session, store, opts);
          if (baselineStamped) before = await store.readHeads(session.conn);
        }
      }
      const steps = atTargetHeads(scripts, opts, before) ? [] : planRun(scripts.map, opts.kind, opts.targets, before, { purge: opts.purge === true });
      // without transactional DDL: a half-applied revision blocks upgrade/downgrade, or is resumed
      const halfApplied = protocol === "autocommit" && opts.kind !== "stamp" ? await readHalfApplied(session.dialect, session.conn, ref) : [];
      const resume = resumeOrRefuse(halfApplied, steps, scripts, opts.kind);
      if (steps.length === 0 && !opts.purge && opts.kind === "stamp" && before.length === 0 && !(await store.exists(session.conn))) {
        // `stamp base` on a database Athanor never ran on: record "at base" (as Alembic does), so that upgrade
        // runs the first revision against the tables it has instead of stopping on an unversioned database
        await store.ensure(session.conn);
        opts.log(`Created the version table ${store.displayName}, empty: the database is recorded at base`);
        return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: before, steps: [], waitedForLock: lock.waited, baselineStamped };
      }
      if (steps.length === 0 && !opts.purge) {
        opts.log(`Nothing to do: the database is at ${before.length ? before.join(", ") : "base"}`);
        return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: before, steps: [], waitedForLock: lock.waited, baselineStamped };
      }
      await store.ensure(session.conn);
      if (opts.kind === "upgrade") await warnEditedRevisions(store, session.conn, scripts, before, opts.warn);
      if (opts.purge) {
        const s = store.purgeStatement();
        await session.conn.query(s.sql, s.params).catch((e: unknown) => {
          throw ownQueryFailed(`emptying the version table ${store.displayName} (--purge)`, e, session.dialect);
        });
      }
      // operations and rendering: only when there is work
      const runSteps = await loadStepRunner(protocol);
      const results = await runSteps(session, store, scripts, steps, {
        resume,
        mode: opts.mode ?? config.transactionMode,
        log: opts.log,
        signal: opts.signal,
        onStep: opts.onStep,
        progress: opts.progress === true,
        idleLimitMs: idleLimitMs(config),
      });
      const expected = steps.length ? [...(steps[steps.length - 1]?.headsAfter ?? [])] : [];
      const after = await store.readHeads(session.conn);
      if (!sameSet(after, expected)) {
        throw new AthanorError(
          "VERSION.VERIFY_FAILED",
          `after COMMIT the version table ${store.displayName} shows ${after.join(", ") || "no revision"}, expected ${expected.join(", ") || "no revision"}: the changes were NOT all recorded; check what else writes to this database`,
        );
      }
      return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: after, steps: results, waitedForLock: lock.waited, baselineStamped };
    } finally {
      await lock.release().catch(() => {});
    }
  } finally {
    await session.close().catch(() => {});
  }
}

/**
 * `upgrade heads` on a database whose version table holds exactly the real
 * heads (where a full upgrade leaves it: a head another revision depends on
 * is applied with that one and not recorded), or `upgrade head` with one
 * head, at it: nothing to plan. Answered from `scripts.heads` and
 * `realHeads`, which a large unchanged project has from the metadata cache
 * without building the graph; anything else is planned on the graph.
 */
function atTargetHeads(scripts: ScriptDirectory, opts: RunOptions, before: readonly string[]): boolean {
  if (opts.kind !== "upgrade" || opts.purge || opts.targets.length !== 1 || before.length === 0) return false;
  const target = opts.targets[0];
  if (target === "heads") return sameSet(before, scripts.realHeads);
  if (target !== "head") return false;
  const heads = scripts.heads;
  return heads.length === 1 && sameSet(before, heads);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** Warns when an applied revision's file changed since it was applied. */
async function warnEditedRevisions(
  store: VersionStore,
  conn: DatabaseConnection,
  scripts: ScriptDirectory,
  heads: readonly string[],
  warn: (line: string) => void,
): Promise<void> {
  if (heads.length === 0) return;
  const recorded = await store.latestChecksums(conn);
  for (const [rev, sum] of recorded) {
    const s = scripts.scripts.get(rev);
    if (!s || !sum) continue;
    if (checksumFile(s.path) !== sum) {
      warn(`revision ${rev} (${s.path}) was edited after it was applied to this database; the database has the old version`);
    }
  }
}

/**
 * A database with tables but no version table was not made by Athanor (or
 * lost its version table). Running every revision from base would fail
 * halfway on "relation already exists"; instead refuse with the way out, or
 * stamp the configured baseline and carry on from there.
 */
async function handleUnversioned(
  config: RuntimeInput,
  scripts: ScriptDirectory,
  session: Session,
  store: VersionStore,
  opts: RunOptions,
): Promise<string | null> {
  const tables = await userTablesBesides(config, session);
  if (tables.length === 0) return null;
  const { policy, baseline: baselineId } = config.unversioned;
  if (policy === "proceed") return null;
  const shown = `${tables.slice(0, 5).join(", ")}${tables.length > 5 ? `, … (${tables.length} in all)` : ""}`;
  if (policy === "refuse" || !baselineId) {
    const adopt = 'see "Adopting an existing database" in docs/deploy.md';
    const scratch = session.dialect.drivers.find((d) => d.scratchUrl)?.scratchUrl ?? "<the URL of an empty database>";
    const wayOut =
      scripts.scripts.size === 0
        ? "there are no revisions yet: to adopt it, autogenerate a first revision from your models against a throwaway " +
          `database ('athanor revision --autogenerate -m baseline --url ${scratch}'), check it, then record it here ` +
          `with 'athanor stamp head' (${adopt})`
        : "if its schema matches a revision, record that with 'athanor stamp <revision>' (or set `baseline` in the config), " +
          `or with 'athanor stamp base' if the first revision is written against the schema as it is, and run upgrade again (${adopt})`;
    throw new AthanorError(
      "DATABASE.UNVERSIONED",
      `the database has tables (${shown}) but no version table ${store.displayName}, so Athanor doesn't know which revision it is at; ` +
        wayOut +
        (policy !== "refuse" ? "; onUnversionedDatabase is 'baseline' but no `baseline` revision is set" : ""),
    );
  }
  const baseline = scripts.map.getRevision(baselineId);
  if (!baseline) throw new AthanorError("CONFIG.INVALID", `baseline: no revision '${baselineId}'`);
  opts.log(`The database has tables but no version table: stamping the baseline ${baseline.id}`);
  await store.ensure(session.conn);
  const steps = planRun(scripts.map, "stamp", [baseline.id], []);
  const runSteps = await loadStepRunner(stepProtocolFor(session.dialect, "per-migration"));
  await runSteps(session, store, scripts, steps, { mode: "per-migration", log: opts.log });
  return baseline.id;
}

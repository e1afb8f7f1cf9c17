/**
 * upgrade / downgrade / stamp against a live database: connect, take the
 * migration lock, read the heads, plan, run, and verify by reading the
 * version table back after the last COMMIT.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { TransactionMode } from "../config/settings.js";
import type { DatabaseConnection, VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { acquireMigrationLock } from "./acquire-lock.js";
import { idleLimitMs } from "./idle-limit.js";
import { openSession, type Session, startSession } from "./open-session.js";
import { type RunKind, planRun } from "./plan-run.js";
import type { StepResult } from "./run-steps.js";
import { OnlineExecutor, StatementError, TransactionState } from "./step-executor.js";
import { stepProtocolFor } from "./step-protocol.js";
import { VersionStore } from "./version-store.js";
import { checksumFile } from "../script/script-directory.js";

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

export function versionTableRef(config: ResolvedConfig): VersionTableRef {
  return { table: config.versionTable, schema: config.versionTableSchema };
}

/**
 * `scripts` may be a loader: the revision files are then read while the
 * connection is being set up (a no-op `upgrade` spends most of its time on
 * those two).
 */
export async function runOnline(
  config: ResolvedConfig,
  scriptsOrLoader: ScriptDirectory | (() => Promise<ScriptDirectory>),
  opts: RunOptions,
): Promise<RunResult> {
  let scripts: ScriptDirectory;
  let session: Session;
  if (typeof scriptsOrLoader === "function") {
    const started = await startSession(config, { connection: opts.connection });
    try {
      scripts = await scriptsOrLoader();
    } catch (e) {
      started.session.then((s) => s.close()).catch(() => {});
      throw e;
    }
    session = await started.session;
  } else {
    scripts = scriptsOrLoader;
    session = await openSession(config, { connection: opts.connection });
  }
  try {
    stepProtocolFor(session.dialect, opts.mode ?? config.transactionMode);
  } catch (e) {
    await session.close().catch(() => {});
    throw e;
  }
  opts.log(`Connected to ${session.displayUrl}`);
  const ref = versionTableRef(config);
  const store = new VersionStore(session.dialect, ref);
  try {
    const lock = await acquireMigrationLock(session, ref, {
      waitTimeoutMs: config.raw.lockWaitTimeout,
      log: opts.log,
      signal: opts.signal,
    });
    try {
      let before = await store.readHeads(session.conn);
      let baselineStamped: string | null = null;
      if (opts.kind === "upgrade" && before.length === 0 && !(await store.exists(session.conn))) {
        const empty = (await userTablesBesides(config, session)).length === 0;
        if (empty && config.raw.freshDatabase === "models" && opts.targets.every((t) => t === "head" || t === "heads")) {
          const steps = await createFromModels(config, scripts, session, store, opts);
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
      const steps = planRun(scripts.map, opts.kind, opts.targets, before, { purge: opts.purge === true });
      if (steps.length === 0 && !opts.purge) {
        opts.log(`Nothing to do: the database is at ${before.length ? before.join(", ") : "base"}`);
        return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: before, steps: [], waitedForLock: lock.waited, baselineStamped };
      }
      await store.ensure(session.conn);
      if (opts.kind === "upgrade") await warnEditedRevisions(store, session.conn, scripts, before, opts.warn);
      if (opts.purge) {
        const s = store.purgeStatement();
        await session.conn.query(s.sql, s.params);
      }
      const { runSteps } = await import("./run-steps.js"); // operations and rendering: only when there is work
      const results = await runSteps(session, store, scripts, steps, {
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
  config: ResolvedConfig,
  scripts: ScriptDirectory,
  session: Session,
  store: VersionStore,
  opts: RunOptions,
): Promise<string | null> {
  const tables = await userTablesBesides(config, session);
  if (tables.length === 0) return null;
  const policy = config.raw.onUnversionedDatabase ?? (config.raw.baseline ? "baseline" : "refuse");
  if (policy === "proceed") return null;
  const shown = `${tables.slice(0, 5).join(", ")}${tables.length > 5 ? `, … (${tables.length} in all)` : ""}`;
  if (policy === "refuse" || !config.raw.baseline) {
    const adopt = 'see "Adopting an existing database" in docs/deploy.md';
    const scratch = session.dialect.drivers.find((d) => d.scratchUrl)?.scratchUrl ?? "<a throwaway database>";
    const wayOut =
      scripts.scripts.size === 0
        ? "there are no revisions yet: to adopt it, autogenerate a first revision from your models against a throwaway " +
          `database ('athanor revision --autogenerate -m baseline --url ${scratch}'), check it, then record it here ` +
          `with 'athanor stamp head' (${adopt})`
        : "if its schema matches a revision, record that with 'athanor stamp <revision>' (or set `baseline` in the config) " +
          `and run upgrade again (${adopt})`;
    throw new AthanorError(
      "DATABASE.UNVERSIONED",
      `the database has tables (${shown}) but no version table ${store.displayName}, so Athanor doesn't know which revision it is at; ` +
        wayOut +
        (policy !== "refuse" ? "; onUnversionedDatabase is 'baseline' but no `baseline` revision is set" : ""),
    );
  }
  const baseline = scripts.map.getRevision(config.raw.baseline);
  if (!baseline) throw new AthanorError("CONFIG.INVALID", `baseline: no revision '${config.raw.baseline}'`);
  opts.log(`The database has tables but no version table: stamping the baseline ${baseline.id}`);
  await store.ensure(session.conn);
  const steps = planRun(scripts.map, "stamp", [baseline.id], []);
  const { runSteps } = await import("./run-steps.js");
  await runSteps(session, store, scripts, steps, { mode: "per-migration", log: opts.log });
  return baseline.id;
}

/**
 * The tables, other than Athanor's own, in the schemas this configuration
 * manages: those autogenerate compares (`includeSchemas`, else the session's
 * default schema, which `searchPath` sets) and the version table's. A tenant
 * configured to its own schema is not stopped by tables in another one.
 */
async function userTablesBesides(config: ResolvedConfig, session: Session): Promise<string[]> {
  const own = new Set([config.versionTable, `${config.versionTable}_log`]);
  const schemas = [...(config.raw.includeSchemas?.length ? config.raw.includeSchemas : [null]), config.versionTableSchema];
  return (await session.dialect.userTables(session.conn, schemas)).filter((t) => !own.has(t.slice(t.indexOf(".") + 1)));
}

/**
 * The fresh-database fast path (Alembic's cookbook "create_all() + stamp
 * head", built in): one transaction creates every model object and stamps
 * the heads, so an empty database never replays a long history.
 */
async function createFromModels(
  config: ResolvedConfig,
  scripts: ScriptDirectory,
  session: Session,
  store: VersionStore,
  opts: RunOptions,
): Promise<StepResult[]> {
  const { autogenerate } = await import("../autogenerate/index.js");
  const started = Date.now();
  const generated = await autogenerate(config, session.conn, { dialect: session.dialect });
  const stamps = planRun(scripts.map, "stamp", ["heads"], []);
  opts.log(
    `Empty database: creating the schema from the models (${generated.upgradeOps.length} operations) and stamping ${scripts.map.heads.join(", ")}`,
  );
  const renderer = await session.dialect.renderer();
  const tx = new TransactionState(session.conn, session.dialect, { guard: renderer.transactionGuard });
  const executor = new OnlineExecutor(session.conn, renderer, tx);
  try {
    await tx.begin();
    await store.ensure(session.conn);
    for (const op of generated.upgradeOps) await executor.run(op);
    await executor.flush();
    for (const step of stamps) {
      const rev = step.to[0];
      const log = rev ? { revision: rev, direction: "stamp-up" as const, startedAt: new Date(started), durationMs: Date.now() - started, checksum: null } : null;
      await store.record(session.conn, step.actions, log ? [log] : []);
    }
    await tx.commit();
  } catch (e) {
    await tx.rollback().catch(() => {});
    const stmt = e instanceof StatementError ? `; statement: ${e.statement.replace(/\s+/g, " ").slice(0, 300)}` : "";
    throw new AthanorError("MIGRATION.FAILED", `creating the schema from the models failed: ${(e as Error).message}${stmt}`, { cause: e });
  }
  const durationMs = Date.now() - started;
  opts.log(`Created the schema from the models and stamped the heads (${durationMs} ms)`);
  return stamps.map((s) => ({ revision: null, direction: "up" as const, stamp: true, from: s.from, to: s.to, message: "created from models", durationMs }));
}

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
import { openSession } from "./open-session.js";
import { type RunKind, planRun } from "./plan-run.js";
import { runSteps, type StepResult } from "./run-steps.js";
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
  connection?: DatabaseConnection | undefined;
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
}

export function versionTableRef(config: ResolvedConfig): VersionTableRef {
  return { table: config.versionTable, schema: config.versionTableSchema };
}

export async function runOnline(config: ResolvedConfig, scripts: ScriptDirectory, opts: RunOptions): Promise<RunResult> {
  const session = await openSession(config, { connection: opts.connection });
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
      const before = await store.readHeads(session.conn);
      const steps = planRun(scripts.map, opts.kind, opts.targets, before, { purge: opts.purge === true });
      if (steps.length === 0 && !opts.purge) {
        opts.log(`Nothing to do: the database is at ${before.length ? before.join(", ") : "base"}`);
        return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: before, steps: [], waitedForLock: lock.waited };
      }
      await store.ensure(session.conn);
      if (opts.kind === "upgrade") await warnEditedRevisions(store, session.conn, scripts, before, opts.warn);
      if (opts.purge) {
        const s = store.purgeStatement();
        await session.conn.query(s.sql, s.params);
      }
      const results = await runSteps(session, store, scripts, steps, {
        mode: opts.mode ?? config.transactionMode,
        log: opts.log,
        signal: opts.signal,
        onStep: opts.onStep,
        progress: opts.progress === true,
      });
      const expected = steps.length ? [...(steps[steps.length - 1]?.headsAfter ?? [])] : [];
      const after = await store.readHeads(session.conn);
      if (!sameSet(after, expected)) {
        throw new AthanorError(
          "VERSION.VERIFY_FAILED",
          `after COMMIT the version table ${store.displayName} shows ${after.join(", ") || "no revision"}, expected ${expected.join(", ") || "no revision"}: the changes were NOT all recorded; check what else writes to this database`,
        );
      }
      return { kind: opts.kind, url: session.displayUrl, headsBefore: before, headsAfter: after, steps: results, waitedForLock: lock.waited };
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

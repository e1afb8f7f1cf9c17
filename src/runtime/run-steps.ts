/**
 * Runs planned steps on a live session and owns every transaction:
 *   per-migration: each revision's changes, its version-table change and its
 *                  log row commit together, one transaction per revision;
 *   per-run:       one transaction for everything.
 * A revision with `export const transactional = false` runs outside any
 * transaction (its version change then commits on its own). "Done" is only
 * reported after COMMIT returned and the version table, read back, shows the
 * expected heads.
 */
import { relative } from "node:path";
import type { TransactionMode } from "../config/settings.js";
import { AthanorError } from "../errors.js";
import { MigrationOps } from "../operations/migration-ops.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Session } from "./open-session.js";
import { type PlannedStep, stepLabel } from "./planned-step.js";
import { OnlineExecutor, StatementError, TransactionState } from "./step-executor.js";
import type { VersionStore } from "./version-store.js";

export interface StepResult {
  readonly revision: string | null;
  readonly direction: "up" | "down";
  readonly stamp: boolean;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly message: string;
  readonly durationMs: number;
}

export interface RunStepsOptions {
  mode: TransactionMode;
  log: (line: string) => void;
  /** Called after each step has committed (or, per-run, executed). */
  onStep?: (result: StepResult, index: number, total: number) => void;
  signal?: AbortSignal | undefined;
  /** Prefix step lines with [i/n] (interactive terminals). */
  progress?: boolean;
}

export class MigrationFailedError extends AthanorError {
  constructor(
    message: string,
    readonly revision: string | null,
    readonly completed: readonly StepResult[],
    cause: unknown,
  ) {
    super("MIGRATION.FAILED", message, { cause });
  }
}

export async function runSteps(
  session: Session,
  store: VersionStore,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  opts: RunStepsOptions,
): Promise<StepResult[]> {
  const { conn, dialect } = session;
  const tx = new TransactionState(conn, dialect);
  const executor = new OnlineExecutor(conn, await dialect.renderer(), tx);
  const op = new MigrationOps(executor);
  const results: StepResult[] = [];
  const perRun = opts.mode === "per-run";
  const pending: StepResult[] = [];
  let current: PlannedStep | undefined;
  try {
    if (perRun) await tx.begin();
    for (const [i, step] of steps.entries()) {
      if (opts.signal?.aborted) throw new AthanorError("ABORTED", "aborted");
      current = step;
      const started = Date.now();
      const startedAt = new Date();
      let checksum: string | null = null;
      if (step.revision !== null && !step.stamp) {
        const { module, checksum: sum } = await scripts.importRevision(step.revision);
        checksum = sum;
        const fn = step.direction === "up" ? module.upgrade : module.downgrade;
        const transactional = module.transactional !== false && scripts.script(step.revision).transactional;
        if (transactional) await tx.begin();
        else await tx.commit();
        if (fn) await (fn as (o: MigrationOps) => Promise<void>)(op);
        await tx.begin();
      } else {
        await tx.begin();
      }
      for (const action of step.actions) await store.apply(conn, action);
      const durationMs = Date.now() - started;
      const touched = step.revision ?? step.to[0] ?? step.from[0];
      if (touched) {
        const logStmt = store.logStatement({
          revision: touched,
          direction: step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction,
          startedAt,
          durationMs,
          checksum,
        });
        await conn.query(logStmt.sql, logStmt.params);
      }
      if (!perRun) await tx.commit();
      const result: StepResult = {
        revision: step.revision,
        direction: step.direction,
        stamp: step.stamp,
        from: step.from,
        to: step.to,
        message: step.message,
        durationMs,
      };
      if (perRun) pending.push(result);
      else {
        results.push(result);
        opts.log(`${opts.progress ? `[${i + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${durationMs} ms)`);
      }
      opts.onStep?.(result, i, steps.length);
    }
    if (perRun) {
      await tx.commit();
      for (const [i, r] of pending.entries()) {
        results.push(r);
        const step = steps[i];
        if (step) opts.log(`${opts.progress ? `[${i + 1}/${steps.length}] ` : ""}${stepLabel(step)} (${r.durationMs} ms)`);
      }
    }
  } catch (e) {
    await tx.rollback().catch(() => {});
    throw describeFailure(e, current, scripts, perRun ? [] : results);
  }
  return results;
}

function describeFailure(e: unknown, step: PlannedStep | undefined, scripts: ScriptDirectory, done: StepResult[]): AthanorError {
  if (e instanceof AthanorError && !(e instanceof StatementError)) {
    if (!step?.revision || e.code.startsWith("SCRIPT.")) return e;
  }
  const rev = step?.revision ?? null;
  const file = rev && scripts.scripts.get(rev) ? relative(process.cwd(), scripts.script(rev).path) : null;
  const verb = step ? (step.stamp ? "stamp" : step.direction === "up" ? "upgrade" : "downgrade") : "run";
  const where = rev ? `${verb} ${step?.from.join(", ") || "<base>"} -> ${step?.to.join(", ") || "<base>"} (${file ?? rev})` : verb;
  const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
  const stmt = e instanceof StatementError ? `; statement: ${oneLine(e.statement)}` : "";
  const kept = done.length ? `; ${done.length} earlier revision(s) committed, database at ${done[done.length - 1]?.to.join(", ") || "base"}` : "";
  return new MigrationFailedError(`${where} failed: ${reason}${stmt}${kept}`, rev, done, e instanceof StatementError ? e.original : e);
}

function oneLine(sql: string): string {
  const s = sql.replace(/\s+/g, " ").trim();
  return s.length > 300 ? `${s.slice(0, 297)}...` : s;
}

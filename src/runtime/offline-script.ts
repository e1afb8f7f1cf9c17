/**
 * `--sql`: the same run, written as a SQL script instead of executed. No
 * connection is made; values are inlined as escaped literals.
 */
import { relative } from "node:path";
import type { TransactionMode } from "../config/settings.js";
import { AthanorError } from "../errors.js";
import type { Dialect } from "../dialects/dialect.js";
import { MigrationOps } from "../operations/migration-ops.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { type PlannedStep, stepLabel } from "./planned-step.js";
import { OperationTracker } from "../operations/operation-tracker.js";
import { callRevision, type RevisionFunction, revisionFunction } from "./revision-call.js";
import { OfflineExecutor } from "./step-executor.js";
import type { VersionStore } from "./version-store.js";

export interface OfflineOptions {
  mode: TransactionMode;
  /** Emit version-table DDL (when starting from base). */
  createVersionTable: boolean;
  purge?: boolean;
}

export async function offlineScript(
  dialect: Dialect,
  store: VersionStore,
  scripts: ScriptDirectory,
  steps: readonly PlannedStep[],
  opts: OfflineOptions,
): Promise<string> {
  const renderer = await dialect.renderer();
  const parts: string[] = [];
  const emit = (sql: string) => parts.push(/;\s*$/.test(sql) ? sql : `${sql};`);
  const comment = (text: string) => parts.push(`-- ${text}`);
  const tx = { open: false, beginText: dialect.beginTransaction, commitText: dialect.commitTransaction };
  const begin = () => {
    if (!tx.open) {
      emit(dialect.beginTransaction);
      tx.open = true;
    }
  };
  const commit = () => {
    if (tx.open) {
      emit(dialect.commitTransaction);
      tx.open = false;
    }
  };
  const tracker = new OperationTracker();
  const op = new MigrationOps(new OfflineExecutor(renderer, emit, tx), { offline: true, tracker });
  const perRun = opts.mode === "per-run";
  if (perRun) begin();
  if (opts.createVersionTable) {
    begin();
    for (const s of store.ensureStatements()) emit(renderer.inline(s));
    if (!perRun) commit();
  }
  if (opts.purge) emit(renderer.inline(store.purgeStatement()));
  for (const step of steps) {
    let transactional = true;
    let fn: RevisionFunction | undefined;
    let checksum: string | null = null;
    if (step.revision !== null && !step.stamp) {
      const { module, checksum: sum } = await scripts.importRevision(step.revision);
      checksum = sum;
      const script = scripts.script(step.revision);
      transactional = module.transactional !== false && script.transactional;
      fn = revisionFunction(module, step.direction, script.path, step.revision);
    }
    if (transactional) begin();
    else commit();
    comment(stepLabel(step).replace(/^Running/, "Running"));
    if (fn) {
      try {
        await callRevision(fn, op, { direction: step.direction, tracker, idleLimitMs: null, inTransaction: () => tx.open });
      } catch (e) {
        // what callRevision found wrong with the revision's code: say which revision
        if (!(e instanceof AthanorError && e.code.startsWith("MIGRATION.")) || !step.revision) throw e;
        const file = relative(process.cwd(), scripts.script(step.revision).path);
        throw new AthanorError(e.code, `${stepLabel(step).replace(/^Running /, "")} (${file}) failed: ${e.message}`, { cause: e });
      }
    }
    if (!transactional) begin();
    for (const action of step.actions) emit(renderer.inline(store.actionStatements(action)));
    // the log row too, so a script applied by hand leaves the same trail as an online run
    const touched = step.revision ?? step.to[0] ?? step.from[0];
    if (touched) {
      const direction = step.stamp ? (step.direction === "up" ? "stamp-up" : "stamp-down") : step.direction;
      emit(renderer.inline(store.offlineLogStatement({ revision: touched, direction, checksum })));
    }
    if (!perRun) commit();
  }
  commit();
  return `${parts.join("\n\n")}\n`;
}

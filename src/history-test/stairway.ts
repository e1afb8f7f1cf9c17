/**
 * The stairway of `athanor test`: from an empty database, each revision in
 * upgrade order is upgraded, downgraded and upgraded again, so every
 * downgrade has run once, and the whole schema after each downgrade must be
 * what it was before that upgrade. Everything runs on one session (PGlite:
 * one in-process instance), through the same runner as `upgrade`.
 */
import { relative } from "node:path";
import type { SchemaIntrospector } from "../autogenerate/index.js";
import type { ResolvedConfig } from "../config/load-config.js";
import { downgradeStep, planUpgrade, type RevisionStep, upgradeStep, versionTableActions } from "../graph/index.js";
import { idleLimitMs } from "../runtime/idle-limit.js";
import type { Session } from "../runtime/open-session.js";
import type { PlannedStep } from "../runtime/planned-step.js";
import { loadStepRunner, stepProtocolFor } from "../runtime/step-protocol.js";
import { runtimeInput, versionTableRef } from "../api/runtime-input.js";
import { VersionStore } from "../runtime/version-store.js";
import type { ScriptDirectory, ScriptRevision } from "../script/script-directory.js";
import { describeThrown } from "../util/describe-thrown.js";
import { type SchemaSnapshot, snapshotDifferences, takeSnapshot } from "./schema-snapshot.js";

export type StairwayStep = "upgrade" | "downgrade" | "upgrade again";

export interface StairwayFailure {
  readonly revision: string;
  readonly file: string | null;
  readonly step: StairwayStep;
  readonly error: string;
  /** Schema differences (after the downgrade compared with before the upgrade), one line each. */
  readonly differences: readonly string[];
}

export interface StairwayResult {
  /** Revisions that went up, down and up again (irreversible ones only up). */
  readonly revisions: number;
  readonly steps: number;
  /** The heads the database is at when the stairway ended. */
  readonly heads: readonly string[];
  readonly failure: StairwayFailure | null;
}

export interface StairwayOptions {
  readonly session: Session;
  readonly scripts: ScriptDirectory;
  readonly config: ResolvedConfig;
  readonly introspector: SchemaIntrospector;
  /** Revisions that declare `irreversible` (their downgrade is not run). */
  readonly irreversible: ReadonlySet<string>;
  /** One line per revision done. */
  readonly progress: (line: string) => void;
  readonly cwd: string;
  /** The dialect's own throwaway database (PGlite in memory), as shown, when no --url was given. */
  readonly scratch?: string | null;
}

/** The revisions in the order `upgrade heads` applies them to an empty database. */
export function upgradeOrder(scripts: ScriptDirectory): RevisionStep<ScriptRevision>[] {
  return scripts.map.size === 0 ? [] : planUpgrade(scripts.map, "heads", []);
}

export async function runStairway(opts: StairwayOptions): Promise<StairwayResult> {
  const { session, scripts, config } = opts;
  const map = scripts.map;
  const ref = versionTableRef(config);
  const store = new VersionStore(session.dialect, ref);
  await store.ensure(session.conn);
  const runSteps = await loadStepRunner(stepProtocolFor(session.dialect, "per-migration"));
  const runOpts = { mode: "per-migration" as const, log: () => {}, idleLimitMs: idleLimitMs(runtimeInput(config)) };
  const snapshot = (known: readonly string[]) => takeSnapshot(opts.introspector, session.conn, ref, known, !session.dialect.capabilities.schemas);

  let heads: string[] = [];
  let steps = 0;
  let done = 0;
  let before: SchemaSnapshot = await snapshot([]);
  const planned = (step: RevisionStep<ScriptRevision>): PlannedStep => {
    const { actions, heads: after } = versionTableActions(map, heads, step);
    heads = after;
    return {
      direction: step.direction,
      revision: step.revision.id,
      stamp: false,
      from: step.fromRevisions,
      to: step.toRevisions,
      message: step.revision.message ?? "",
      actions,
      headsAfter: after,
    };
  };
  for (const { revision } of upgradeOrder(scripts)) {
    const id = revision.id;
    const file = revision.path ? relative(opts.cwd, revision.path) || revision.path : null;
    const fail = (step: StairwayStep, error: string, differences: readonly string[] = []): StairwayResult => ({
      revisions: done,
      steps,
      heads,
      failure: { revision: id, file, step, error, differences },
    });
    const run = async (plan: PlannedStep[]): Promise<string | null> => {
      try {
        await runSteps(session, store, scripts, plan, runOpts);
        steps += plan.length;
        return null;
      } catch (e) {
        // PGlite lacks what a server has (extensions beyond plpgsql): say where to run it instead
        const unsupported = opts.scratch && opts.session.dialect.errors.classify(e) === "feature-unsupported";
        return `${describeThrown(e)}${unsupported ? `; ${opts.scratch} doesn't support this: run 'athanor test --url <an empty database>' on a server` : ""}`;
      }
    };
    const up = planned(upgradeStep(revision));
    if (opts.irreversible.has(id)) {
      const error = await run([up]);
      if (error) return fail("upgrade", error);
      before = await snapshot(before.schemas);
      done++;
      opts.progress(`${id}: upgrade (irreversible: downgrade not run)`);
      continue;
    }
    const error = await run([up]);
    if (error) return fail("upgrade", error);
    const down = planned(downgradeStep(revision));
    const downError = await run([down]);
    if (downError) return fail("downgrade", downError);
    const afterDown = await snapshot(before.schemas);
    const differences = snapshotDifferences(before, afterDown);
    if (differences.length > 0) {
      return fail(
        "downgrade",
        `the schema after the downgrade differs from the schema before the upgrade (${differences.length} difference${differences.length === 1 ? "" : "s"}): ${differences.join("; ")}`,
        differences,
      );
    }
    const again = await run([planned(upgradeStep(revision))]);
    if (again) return fail("upgrade again", again);
    before = await snapshot(afterDown.schemas);
    done++;
    opts.progress(`${id}: upgrade, downgrade, upgrade again`);
  }
  return { revisions: done, steps, heads, failure: null };
}

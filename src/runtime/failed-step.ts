/**
 * What a failed run's message says about where it failed and what is
 * committed, the same for every step protocol.
 */
import { relative } from "node:path";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { PlannedStep } from "./planned-step.js";
import { databaseAt } from "./stopped-run.js";

/** `upgrade a -> b (migrations/versions/b_x.ts)` for the step that failed; its verb alone for a step without a revision; `run` before any step. */
export function failedStepWhere(step: PlannedStep | undefined, scripts: ScriptDirectory): string {
  const rev = step?.revision ?? null;
  const file = rev && scripts.scripts.get(rev) ? relative(process.cwd(), scripts.script(rev).path) : null;
  const verb = step ? (step.stamp ? "stamp" : step.direction === "up" ? "upgrade" : "downgrade") : "run";
  return rev ? `${verb} ${step?.from.join(", ") || "<base>"} -> ${step?.to.join(", ") || "<base>"} (${file ?? rev})` : verb;
}

/** `; N earlier revision(s) committed, database at …` when the first `done` planned steps committed (in order), else "". */
export function committedEarlier(steps: readonly PlannedStep[], done: number): string {
  return done ? `; ${done} earlier revision(s) committed, database at ${databaseAt(steps, done)}` : "";
}

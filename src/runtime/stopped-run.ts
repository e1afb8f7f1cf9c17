/**
 * A run stopped between two steps by its `signal` (the API's AbortSignal; the
 * CLI's SIGTERM or SIGINT): one line saying why, which step did not start, and
 * what is committed. Not a failure of a revision: no revision is named as
 * having failed.
 */
import { AthanorError } from "../errors.js";
import type { PlannedStep } from "./planned-step.js";

/** Why the signal fired, in words ("stopped by SIGTERM"; "aborted" for a reason that says nothing). */
export function stopReason(signal: AbortSignal): string {
  return signal.reason instanceof AthanorError && signal.reason.code === "ABORTED" ? signal.reason.message : "aborted";
}

/**
 * Lets a signal that arrived during the step just run reach its handler before the next step begins. Node delivers
 * SIGTERM/SIGINT from the event loop; a run whose statements all complete synchronously (SQLite's driver, whose
 * `await`s resolve at once) never returns to it, so without this turn the CLI's SIGTERM was only heard once every
 * revision had run: the run went on to the head and exited 0 instead of stopping after the running revision.
 */
export function letSignalsArrive(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The error for a run whose `signal` fired before `next` began. */
export function stoppedBefore(signal: AbortSignal, next: PlannedStep): AthanorError {
  const reason = stopReason(signal);
  const verb = next.stamp ? "stamp" : next.direction === "up" ? "upgrade" : "downgrade";
  return new AthanorError("ABORTED", `${reason} before ${verb} ${next.from.join(", ") || "<base>"} -> ${next.to.join(", ") || "<base>"}`);
}

/** Whether `e` is such a stop (its message then gets what was committed added). */
export function isStop(e: unknown): e is AthanorError {
  return e instanceof AthanorError && e.code === "ABORTED";
}

/** What was committed, for the line of a stopped run: the first `done` of the planned `steps`. */
export function committedSoFar(steps: readonly PlannedStep[], done: number, perRunPending = false): string {
  if (done === 0) return perRunPending ? "; no revision was committed (per-run: the run's transaction was rolled back)" : "; no revision was committed";
  return `; ${done} revision(s) committed, the database is at ${databaseAt(steps, done)}`;
}

/**
 * The version table's revisions once the first `done` planned steps have
 * committed: all its heads (on a graph with branches, more than the last
 * step's own revision).
 */
export function databaseAt(steps: readonly PlannedStep[], done: number): string {
  return steps[done - 1]?.headsAfter.join(", ") || "base";
}

/**
 * Steps whose last message was sent ahead (see AheadConnection), oldest
 * first. The runner keeps one in flight while it prepares the next, and
 * "lands" a step once its statements have run: only then is it reported.
 * A step's duration is the time it had the server to itself: from its own
 * start, or from when the step before it finished, to when it finished.
 */
import type { SqlStatement, VersionLogEntry } from "../dialects/dialect.js";
import { SkippedAfterFailure } from "../dialects/batch-failure.js";
import type { PlannedStep } from "./planned-step.js";
import { describeThrown } from "../util/describe-thrown.js";
import { StatementError } from "./step-executor.js";
import { VersionRecordError } from "./version-store.js";

export interface StepInFlight {
  readonly index: number;
  readonly step: PlannedStep;
  /** Resolves to when the step's statements had all run. */
  readonly done: Promise<number>;
  /** The step's version record, if its message carries one (a failure there is the version table's). */
  readonly record: SqlStatement | null;
  readonly started: number;
  /** Per-run: the step's log rows, once its duration is known. */
  readonly logs?: (durationMs: number) => Omit<VersionLogEntry, "host">[];
}

/** A step sent ahead failed: `step` is the one to name, `cause` what happened. */
export class StepFailedAhead extends Error {
  constructor(
    readonly step: PlannedStep,
    override readonly cause: unknown,
  ) {
    super(describeThrown(cause));
    this.name = "StepFailedAhead";
  }
}

export class StepsInFlight {
  private readonly queue: StepInFlight[] = [];
  /** When the last step landed (or run directly) had finished. */
  private finishedAt = 0;

  constructor(private readonly onLanded: (f: StepInFlight, durationMs: number) => void) {}

  get size(): number {
    return this.queue.length;
  }

  add(f: StepInFlight): void {
    this.queue.push(f);
  }

  /** Waits for the oldest step and reports it; its failure is thrown as a StepFailedAhead. */
  async land(): Promise<void> {
    const f = this.queue.shift();
    if (!f) return;
    let finishedAt: number;
    try {
      finishedAt = await f.done;
    } catch (e) {
      if (e instanceof SkippedAfterFailure) throw e; // an earlier step's failure is the one to report
      const cause = e instanceof StatementError && e.source === f.record ? new VersionRecordError(f.step.actions, e.original) : e;
      throw new StepFailedAhead(f.step, cause);
    }
    this.onLanded(f, this.finish(f.started, finishedAt));
  }

  /** Lands every step (keeping `keep` in flight). */
  async landAll(keep = 0): Promise<void> {
    while (this.queue.length > keep) await this.land();
  }

  /**
   * After a failure: lands the steps that committed, and returns the first
   * failure among the steps sent ahead (it comes before whatever failed
   * later), or null.
   */
  async drain(): Promise<StepFailedAhead | null> {
    while (this.queue.length > 0) {
      try {
        await this.land();
      } catch (e) {
        this.queue.length = 0;
        if (e instanceof StepFailedAhead) return e;
      }
    }
    return null;
  }

  /** A step that ran directly, not sent ahead, finished now: its duration. */
  finishDirect(started: number): number {
    return this.finish(started, Date.now());
  }

  private finish(started: number, finishedAt: number): number {
    const durationMs = Math.max(0, finishedAt - Math.max(started, this.finishedAt));
    this.finishedAt = Math.max(this.finishedAt, finishedAt);
    return durationMs;
  }
}

/**
 * Steps whose last message was sent ahead (see AheadConnection), oldest
 * first. The runner keeps one in flight while it prepares the next, and
 * "lands" a step once its statements have run: only then is it reported.
 * A step's duration is the time it had the server to itself: from its own
 * start, or from when the step before it finished, to when it finished.
 */
import type { SqlStatement, VersionLogEntry } from "../dialects/dialect.js";
import type { PlannedStep } from "./planned-step.js";
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
export declare class StepFailedAhead extends Error {
    readonly step: PlannedStep;
    readonly cause: unknown;
    constructor(step: PlannedStep, cause: unknown);
}
export declare class StepsInFlight {
    private readonly onLanded;
    private readonly queue;
    /** When the last step landed (or run directly) had finished. */
    private finishedAt;
    constructor(onLanded: (f: StepInFlight, durationMs: number) => void);
    get size(): number;
    add(f: StepInFlight): void;
    /** Waits for the oldest step and reports it; its failure is thrown as a StepFailedAhead. */
    land(): Promise<void>;
    /** Lands every step (keeping `keep` in flight). */
    landAll(keep?: number): Promise<void>;
    /**
     * After a failure: lands the steps that committed, and returns the first
     * failure among the steps sent ahead (it comes before whatever failed
     * later), or null.
     */
    drain(): Promise<StepFailedAhead | null>;
    /** A step that ran directly, not sent ahead, finished now: its duration. */
    finishDirect(started: number): number;
    private finish;
}

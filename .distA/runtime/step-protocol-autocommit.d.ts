import type { SqlStatement, UnfinishedStep } from "../dialects/dialect.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Session } from "./open-session.js";
import { type PlannedStep } from "./planned-step.js";
import { type RunStepsOptions, type StepResult } from "./run-steps.js";
import { type VersionStore } from "./version-store.js";
export interface AutocommitRunOptions extends RunStepsOptions {
    /** The half-applied row of the run's first step, to resume from (see half-applied.ts). */
    resume?: UnfinishedStep | null;
}
/** A statement's checksum in the log: its SQL and values. */
export declare function statementChecksum(stmt: SqlStatement): string;
export declare function runSteps(session: Session, store: VersionStore, scripts: ScriptDirectory, steps: readonly PlannedStep[], opts: AutocommitRunOptions): Promise<StepResult[]>;

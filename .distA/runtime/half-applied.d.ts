import type { DatabaseConnection, Dialect, UnfinishedStep, VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { PlannedStep } from "./planned-step.js";
/** Where the runbook is. */
export declare const RUNBOOK = "docs/running.md#recovering-from-a-half-applied-revision";
/** The half-applied revisions recorded in the log ([] when the dialect has transactional DDL, or there is no log yet). */
export declare function readHalfApplied(dialect: Dialect, conn: DatabaseConnection, ref: VersionTableRef): Promise<UnfinishedStep[]>;
/** One line about a half-applied revision: which, its file, how far it got, and what failed. */
export declare function describeHalfApplied(u: UnfinishedStep, scripts: ScriptDirectory | null): string;
/** What to do about it. */
export declare function resolveAdvice(u: UnfinishedStep): string;
export declare function halfAppliedError(list: readonly UnfinishedStep[], scripts: ScriptDirectory | null, refusing: string): AthanorError;
/**
 * Before `upgrade`/`downgrade` runs steps: a half-applied revision blocks the
 * run, unless the run's first step is that very revision in the same
 * direction (a rerun): then it resumes, and this returns the row to resume.
 */
export declare function resumeOrRefuse(list: readonly UnfinishedStep[], steps: readonly PlannedStep[], scripts: ScriptDirectory, verb: string): UnfinishedStep | null;

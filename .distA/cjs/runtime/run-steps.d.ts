import type { TransactionMode } from "../config/settings.js";
import { AthanorError } from "../errors.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Session } from "./open-session.js";
import { type PlannedStep } from "./planned-step.js";
import { type VersionStore } from "./version-store.js";
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
    /**
     * A revision's upgrade()/downgrade() that runs nothing on the database for
     * this long (ms) while its transaction is open fails (idleInTransactionTimeout).
     * null or 0: no limit.
     */
    idleLimitMs?: number | null;
}
export declare class MigrationFailedError extends AthanorError {
    readonly revision: string | null;
    readonly completed: readonly StepResult[];
    constructor(message: string, revision: string | null, completed: readonly StepResult[], cause: unknown);
}
export declare function runSteps(session: Session, store: VersionStore, scripts: ScriptDirectory, steps: readonly PlannedStep[], opts: RunStepsOptions): Promise<StepResult[]>;

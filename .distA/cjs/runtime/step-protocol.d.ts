/**
 * Which step protocol a run uses, from the dialect's capabilities. With DDL
 * that rolls back (`capabilities.transactionalDdl`), each step's DDL, its
 * version-table change and its log row commit together in one transaction
 * (per step, or all steps in one with `per-run`), so a failed step leaves
 * nothing behind. Without it, the autocommit protocol.
 */
import type { TransactionMode } from "../config/settings.js";
import type { Dialect } from "../dialects/dialect.js";
import type { runSteps } from "./step-protocol-autocommit.js";
/** Runs planned steps on a session: run-steps.ts, or step-protocol-autocommit.ts (whose options add `resume`). */
export type StepRunner = typeof runSteps;
/**
 * `transactional`: each step commits with its record (run-steps.ts).
 * `autocommit`: DDL commits statement by statement; each step's log row
 * counts them, and a step that fails halfway is reported as half-applied
 * (step-protocol-autocommit.ts).
 */
export type StepProtocol = "transactional" | "autocommit";
/** The step protocol for a run on `dialect` in `mode`; refuses what the dialect can't keep. */
/** The step runner of a protocol, loaded on first use (a run with nothing to do never loads either). */
export declare function loadStepRunner(protocol: StepProtocol): Promise<StepRunner>;
export declare function stepProtocolFor(dialect: Dialect, mode: TransactionMode, where?: string): StepProtocol;

/**
 * Which step protocol a run uses, from the dialect's capabilities. With DDL
 * that rolls back (`capabilities.transactionalDdl`), each step's DDL, its
 * version-table change and its log row commit together in one transaction
 * (per step, or all steps in one with `per-run`), so a failed step leaves
 * nothing behind. Without it, the autocommit protocol.
 */
import type { TransactionMode } from "../config/settings.js";
import type { Dialect } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
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
export async function loadStepRunner(protocol: StepProtocol): Promise<StepRunner> {
  return protocol === "autocommit" ? (await import("./step-protocol-autocommit.js")).runSteps : (await import("./run-steps.js")).runSteps;
}

export function stepProtocolFor(dialect: Dialect, mode: TransactionMode, where = "transactionMode"): StepProtocol {
  if (!dialect.capabilities.transactionalDdl) {
    if (mode === "per-run") {
      throw new AthanorError(
        "DIALECT.UNSUPPORTED_MODE",
        `${where} 'per-run' needs DDL that rolls back, and ${dialect.name} commits each DDL statement by itself: ` +
          "a failed revision could not be undone together with the ones before it; use 'per-migration'",
      );
    }
    // each statement commits by itself: see step-protocol-autocommit.ts
    return "autocommit";
  }
  return "transactional";
}

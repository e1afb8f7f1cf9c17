/**
 * SIGTERM and SIGINT while `upgrade`, `downgrade` or `stamp` runs: what an
 * orchestrator sends a container it is stopping (Kubernetes: SIGTERM, then
 * SIGKILL when the grace period is over), or Ctrl-C. Killed at once, the
 * process would stop in the middle of a revision: rolled back where DDL is
 * transactional, but half-applied on MySQL. So the first signal only asks the
 * run to stop: the revision that is running finishes (and commits, in
 * per-migration mode; per-run rolls the whole run back), and the run ends
 * there with one line saying so (exit 1). A second signal ends the process at
 * once, with the exit code the default handler gives (143, 130).
 */
import { AthanorError } from "../errors.js";

export interface StopSignals {
  readonly signal: AbortSignal;
  /** Puts the default handling back (the command is over). */
  dispose(): void;
}

const EXIT_CODES: Readonly<Record<"SIGTERM" | "SIGINT", number>> = { SIGTERM: 143, SIGINT: 130 };

export function stopOnSignals(warn: (line: string) => void): StopSignals {
  const controller = new AbortController();
  // the real exit, taken before a running revision's guard replaces process.exit
  const exit = process.exit.bind(process) as (code: number) => never;
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const name of ["SIGTERM", "SIGINT"] as const) {
    const handler = () => {
      if (controller.signal.aborted) exit(EXIT_CODES[name]);
      warn(`received ${name}: stopping after the revision that is running (send it again to stop at once)`);
      controller.abort(new AthanorError("ABORTED", `stopped by ${name}`));
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    dispose() {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

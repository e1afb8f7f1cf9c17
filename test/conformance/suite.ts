/**
 * The conformance suite every dialect runs: `await defineConformanceSuite(target)`
 * in a test file per target. The cases are dialect-neutral; a case that needs
 * a capability the target lacks is skipped with the reason. When the target
 * cannot run here (no server), the suite is skipped, except under CI=true,
 * where that is a failure. See docs/dialects.md, "Conformance suite".
 */
import { describe } from "node:test";
import { operationCases } from "./cases/operations.js";
import { suiteContext } from "./context.js";
import type { ConformanceTarget } from "./target.js";

export async function defineConformanceSuite(target: ConformanceTarget): Promise<void> {
  const reason = await target.unavailable();
  if (reason !== null && (process.env.CI === "true" || process.env.CI === "1")) throw new Error(`CI=true and ${reason}`);
  describe(`conformance: ${target.name}`, reason === null ? {} : { skip: reason }, () => {
    const ctx = suiteContext(target);
    operationCases(ctx);
  });
}

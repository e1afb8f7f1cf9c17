/**
 * The conformance suite every dialect runs: `await defineConformanceSuite(target)`
 * in a test file per target. The cases are dialect-neutral; a case that needs
 * a capability the target lacks is skipped with the reason. When the target
 * cannot run here (no server), the suite is skipped, except under CI=true,
 * where that is a failure. See docs/dialects.md, "Conformance suite".
 *
 * Case groups (each on its own fresh database):
 * - operations: every operation applies, compares empty with the models, and its inverse restores the schema;
 * - version table: Alembic's insert / update / branch add / branch remove / merge / unmerge;
 * - adoption: a database with tables but no version table: current warns, upgrade refuses, stamp then upgrade;
 * - transactions: per-migration and per-run with a failure in revision 3 of 5, proof of commit;
 * - lock: two processes race over the same revisions;
 * - hostile identifiers and values, and offline SQL applied with the database's own client;
 * - autogenerate: models on an empty database, upgrade, check finds nothing.
 */
import { describe } from "node:test";
import { adoptionCases } from "./cases/adoption.js";
import { autogenerateCases } from "./cases/autogenerate.js";
import { hostileCases } from "./cases/hostile.js";
import { lockCases } from "./cases/lock.js";
import { operationCases } from "./cases/operations.js";
import { transactionCases } from "./cases/transactions.js";
import { versionTableCases } from "./cases/version-table.js";
import { suiteContext } from "./context.js";
import type { ConformanceTarget } from "./target.js";

/**
 * How many case groups run at once (each on its own database; the tests of a
 * group run in order): ATHANOR_CONFORMANCE_CONCURRENCY, default 2. Most of
 * the time is spent in CLI processes and the database, so two groups keep
 * two cores busy.
 */
function groupConcurrency(): number {
  const n = Number(process.env.ATHANOR_CONFORMANCE_CONCURRENCY ?? 2);
  return Number.isInteger(n) && n > 0 ? n : 2;
}

export async function defineConformanceSuite(target: ConformanceTarget): Promise<void> {
  const reason = await target.unavailable();
  if (reason !== null && (process.env.CI === "true" || process.env.CI === "1")) throw new Error(`CI=true and ${reason}`);
  describe(`conformance: ${target.name}`, reason === null ? { concurrency: groupConcurrency() } : { skip: reason }, () => {
    const ctx = suiteContext(target);
    operationCases(ctx);
    if (target.capabilities.crossProcess === false) {
      // the other groups run the CLI, another process, which can't reach the database
      const skip = `${target.name} can't be reached from another process: the groups that run the CLI are skipped`;
      for (const group of ["version table", "adoption", "transactions", "lock", "hostile identifiers and values; offline SQL", "autogenerate"])
        describe(group, { skip }, () => {});
      return;
    }
    versionTableCases(ctx);
    adoptionCases(ctx);
    transactionCases(ctx);
    lockCases(ctx);
    hostileCases(ctx);
    autogenerateCases(ctx);
  });
}

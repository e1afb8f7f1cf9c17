/**
 * `athanor resolve <rev> --applied | --rolled-back`: records the team's
 * decision on a half-applied revision (a dialect without transactional DDL,
 * where a failed revision leaves the statements that committed before it
 * failed). Run it after fixing the schema by hand:
 *   --applied      the schema now is what the revision makes: the version
 *                  table records it as applied (as if it had finished);
 *   --rolled-back  the schema is back to before the revision: the version
 *                  table stays, and the next `upgrade` runs it from its start.
 * Either way a log row records the decision, and the revision is no longer
 * half-applied. Takes the migration lock.
 */
import { AthanorError } from "../errors.js";
import { planRun } from "../runtime/plan-run.js";
import { acquireMigrationLock } from "../runtime/acquire-lock.js";
import { describeHalfApplied, readHalfApplied } from "../runtime/half-applied.js";
import { openSession } from "../runtime/open-session.js";
import { runtimeInput, versionTableRef } from "../api/runtime-input.js";
import { VersionStore } from "../runtime/version-store.js";
import type { CommandContext } from "./context.js";
import { hostname } from "node:os";

export interface ResolveOptions {
  applied?: boolean;
  rolledBack?: boolean;
}

export async function resolve(ctx: CommandContext, revision: string, opts: ResolveOptions): Promise<number> {
  if (opts.applied === opts.rolledBack || (opts.applied !== true && opts.rolledBack !== true)) {
    throw new AthanorError("USAGE", "resolve needs exactly one of --applied (the schema now matches the revision) or --rolled-back (the schema is back to before it)");
  }
  const scripts = await ctx.scriptDirectory();
  const config = await ctx.config();
  const session = await openSession(runtimeInput(config));
  try {
    ctx.out.info(`Connected to ${session.displayUrl}`);
    const ref = versionTableRef(config);
    const store = new VersionStore(session.dialect, ref);
    const lock =
      config.raw.migrationLock === false
        ? null
        : await acquireMigrationLock(session, store, { waitTimeoutMs: config.raw.lockWaitTimeout, log: (l) => ctx.out.info(l) });
    try {
      const log = session.dialect.versionTable.stepLog;
      const half = await readHalfApplied(session.dialect, session.conn, ref);
      const rev = scripts.map.getRevision(revision)?.id ?? revision;
      const found = half.find((u) => u.revision === rev);
      if (!found || !log) {
        const others = half.length ? `; half-applied: ${half.map((u) => u.revision).join(", ")}` : "; no revision is half-applied";
        throw new AthanorError("MIGRATION.NOT_HALF_APPLIED", `revision ${revision} is not half-applied, so there is nothing to resolve${others}`);
      }
      ctx.out.info(describeHalfApplied(found, scripts));
      const heads = await store.readHeads(session.conn);
      const { conn, dialect } = session;
      const entry = { revision: rev, direction: found.direction, startedAt: new Date(), durationMs: 0, checksum: null, host: hostname() };
      await conn.query(dialect.beginTransaction);
      try {
        if (opts.applied) {
          // the version-table change the step would have made, had it finished
          const steps = planRun(scripts.map, found.direction === "up" ? "upgrade" : "downgrade", [found.direction === "up" ? rev : "-1"], heads);
          const step = steps[0];
          if (!step || step.revision !== rev) {
            throw new AthanorError(
              "MIGRATION.NOT_HALF_APPLIED",
              `revision ${rev} is not the next step from the database's revisions (${heads.join(", ") || "base"}); record the state with 'athanor stamp' instead`,
            );
          }
          for (const action of step.actions) await store.apply(conn, action);
        }
        const s = log.insertResolution(ref, entry, opts.applied ? "resolved-applied" : "resolved-rolled-back");
        await conn.query(s.sql, s.params);
        await conn.query(dialect.commitTransaction);
      } catch (e) {
        await conn.query(dialect.rollbackTransaction).catch(() => {});
        throw e;
      }
      const after = await store.readHeads(conn);
      ctx.out.result(
        opts.applied
          ? `Resolved ${rev} as applied: the database is at ${after.join(", ") || "base"}`
          : `Resolved ${rev} as rolled back: the database stays at ${after.join(", ") || "base"}; the next ${found.direction === "up" ? "upgrade" : "downgrade"} runs it from its first statement`,
      );
      return 0;
    } finally {
      await lock?.release().catch(() => {});
    }
  } finally {
    await session.close().catch(() => {});
  }
}

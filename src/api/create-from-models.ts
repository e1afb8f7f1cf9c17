/**
 * The fresh-database fast path (Alembic's cookbook "create_all() + stamp
 * head", built in; `freshDatabase: "models"`): one transaction creates every
 * model object and stamps the heads, so an empty database never replays a
 * long history. The runtime decides when (see FreshDatabaseBuilder in
 * src/runtime/run-online.ts); this decides how, with autogenerate.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError } from "../errors.js";
import { planRun } from "../runtime/plan-run.js";
import type { FreshDatabaseBuilder } from "../runtime/run-online.js";
import { OnlineExecutor, StatementError, TransactionState } from "../runtime/step-executor.js";

/** The builder for this config, or undefined when it builds empty databases by running the revisions. */
export function freshDatabaseBuilder(config: ResolvedConfig): FreshDatabaseBuilder | undefined {
  if (config.raw.freshDatabase !== "models") return undefined;
  return async (session, store, scripts, log) => {
    const { autogenerate } = await import("../autogenerate/index.js");
    const started = Date.now();
    const generated = await autogenerate(config, session.conn, { dialect: session.dialect });
    const stamps = planRun(scripts.map, "stamp", ["heads"], []);
    log(`Empty database: creating the schema from the models (${generated.upgradeOps.length} operations) and stamping ${scripts.map.heads.join(", ")}`);
    const renderer = await session.dialect.renderer(session.conn);
    const tx = new TransactionState(session.conn, session.dialect, { guard: renderer.transactionGuard });
    const executor = new OnlineExecutor(session.conn, renderer, tx);
    try {
      await tx.begin();
      await store.ensure(session.conn);
      for (const op of generated.upgradeOps) await executor.run(op);
      await executor.flush();
      for (const step of stamps) {
        const rev = step.to[0];
        const entry = rev ? { revision: rev, direction: "stamp-up" as const, startedAt: new Date(started), durationMs: Date.now() - started, checksum: null } : null;
        await store.record(session.conn, step.actions, entry ? [entry] : []);
      }
      await tx.commit();
    } catch (e) {
      await tx.rollback().catch(() => {});
      const stmt = e instanceof StatementError ? `; statement: ${e.statement.replace(/\s+/g, " ").slice(0, 300)}` : "";
      throw new AthanorError("MIGRATION.FAILED", `creating the schema from the models failed: ${(e as Error).message}${stmt}`, { cause: e });
    }
    const durationMs = Date.now() - started;
    log(`Created the schema from the models and stamped the heads (${durationMs} ms)`);
    return stamps.map((s) => ({ revision: null, direction: "up" as const, stamp: true, from: s.from, to: s.to, message: "created from models", durationMs }));
  };
}

/**
 * What upgrade, downgrade and stamp share: online runs (with optional wait
 * for the database) and offline `--sql` scripts.
 */
import type { TransactionMode } from "../config/settings.js";
import { stopOnSignals } from "../cli/stop-signals.js";
import { UsageError } from "../errors.js";
import { defaultDialect, dialectForUrl } from "../dialects/registry.js";
import { requireUrl } from "../runtime/open-session.js";
import { planRun, type RunKind } from "../runtime/plan-run.js";
import { runOnline } from "../runtime/run-online.js";
import { waitForDatabase } from "../runtime/wait-for-database.js";
import { freshDatabaseBuilder } from "../api/create-from-models.js";
import { runtimeInput, versionStoreFor } from "../api/runtime-input.js";
import type { CommandContext } from "./context.js";

export interface RunCommandOptions {
  sql?: boolean;
  tag?: string;
  purge?: boolean;
  wait?: boolean;
  transactionMode?: TransactionMode;
}

export async function runMigrationCommand(
  ctx: CommandContext,
  kind: RunKind,
  targets: readonly string[],
  opts: RunCommandOptions,
): Promise<number> {
  if (opts.sql && opts.wait) throw new UsageError("can't use --wait with --sql: no connection is made");
  const config = await ctx.config();
  const mode = opts.transactionMode ?? config.transactionMode;

  if (opts.sql) {
    const scripts = await ctx.scriptDirectory();
    if (opts.purge) throw new UsageError("can't use --purge with --sql");
    // Offline: `from:to` gives the starting revision; no connection is made.
    let from: string | null = null;
    const tos: string[] = [];
    for (const t of targets) {
      const i = t.indexOf(":");
      if (i >= 0) {
        const f = t.slice(0, i);
        if (from !== null && from !== f) throw new UsageError("stamp with --sql only supports a single starting revision at a time");
        from = f;
        tos.push(t.slice(i + 1));
      } else tos.push(t);
    }
    if (kind === "downgrade" && from === null) throw new UsageError("downgrade with --sql requires <fromrev>:<torev>");
    const start = from === null || from === "" || from === "base" ? [] : scripts.map.getRevisions(from).map((r) => r.id);
    // without a URL, the default dialect writes the script
    const dialect = config.url ? dialectForUrl(config.url.url).dialect : defaultDialect();
    if (!config.url) {
      ctx.out.info(
        `no database URL (--url, DATABASE_URL, url or defaultUrl in the config): the script is written for ${dialect.name}; give a URL for another database (--url sqlite:./app.db, mysql://…)`,
      );
    }
    const store = versionStoreFor(config, dialect);
    const steps = planRun(scripts.map, kind, tos, start);
    const { offlineScript } = await import("../runtime/offline-script.js");
    const input = runtimeInput(config);
    const lockTimeout = input.timeouts.lockTimeout;
    const searchPath = input.searchPath;
    const sql = await offlineScript(dialect, store, scripts, steps, {
      mode,
      createVersionTable: start.length === 0 && kind !== "downgrade",
      settings: { lockTimeout, searchPath },
    });
    if (ctx.globals.json) {
      // the steps as the online --json lists them, without durations: nothing has run
      const listed = steps.map((s) => ({ revision: s.revision, direction: s.direction, stamp: s.stamp, from: s.from, to: s.to, message: s.message }));
      ctx.out.resultJson({ command: kind, sql, steps: listed });
    } else ctx.out.write(sql);
    return 0;
  }

  for (const t of targets) {
    if (t.includes(":")) throw new UsageError(`range revision not allowed without --sql: '${t}'`);
  }
  // SIGTERM/SIGINT: the revision that is running finishes, then the run stops (a second one stops at once)
  const stop = stopOnSignals((l) => ctx.out.warn(l));
  let result: Awaited<ReturnType<typeof runOnline>>;
  try {
    if (opts.wait) {
      await ctx.scriptDirectory(); // a broken revision file fails before any waiting
      await waitForDatabase(requireUrl(config), { log: (l) => ctx.out.info(l), env: ctx.env, signal: stop.signal });
    }
    // the revision files are read while the connection is being set up
    result = await runOnline(runtimeInput(config), () => ctx.scriptDirectory(), {
      kind,
      targets,
      purge: opts.purge === true,
      mode,
      log: (l) => ctx.out.info(l),
      warn: (l) => ctx.out.warn(l),
      // asked only when a step runs: whether stderr is a terminal is known once Node has built the stream
      get progress() {
        return ctx.out.isTTY;
      },
      freshDatabase: freshDatabaseBuilder(config),
      signal: stop.signal,
    });
  } finally {
    stop.dispose();
  }
  if (ctx.globals.json) {
    ctx.out.resultJson({
      command: kind,
      url: result.url,
      headsBefore: result.headsBefore,
      headsAfter: result.headsAfter,
      waitedForLock: result.waitedForLock,
      steps: result.steps,
    });
  } else if (result.steps.length > 0 || opts.purge) {
    const n = result.steps.length;
    ctx.out.info(
      `Done: ${n} step${n === 1 ? "" : "s"} committed; the database is at ${result.headsAfter.length ? result.headsAfter.join(", ") : "base"}`,
    );
  }
  return 0;
}

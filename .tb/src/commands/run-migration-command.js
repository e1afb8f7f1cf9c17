import { UsageError } from "../errors.js";
import { dialectForUrl } from "../dialects/registry.js";
import { requireUrl } from "../runtime/open-session.js";
import { planRun } from "../runtime/plan-run.js";
import { runOnline, versionTableRef } from "../runtime/run-online.js";
import { VersionStore } from "../runtime/version-store.js";
import { waitForDatabase } from "../runtime/wait-for-database.js";
export async function runMigrationCommand(ctx, kind, targets, opts) {
    if (opts.sql && opts.wait)
        throw new UsageError("can't use --wait with --sql: no connection is made");
    const config = await ctx.config();
    const mode = opts.transactionMode ?? config.transactionMode;
    if (opts.sql) {
        const scripts = await ctx.scriptDirectory();
        if (opts.purge)
            throw new UsageError("can't use --purge with --sql");
        // Offline: `from:to` gives the starting revision; no connection is made.
        let from = null;
        const tos = [];
        for (const t of targets) {
            const i = t.indexOf(":");
            if (i >= 0) {
                const f = t.slice(0, i);
                if (from !== null && from !== f)
                    throw new UsageError("stamp with --sql only supports a single starting revision at a time");
                from = f;
                tos.push(t.slice(i + 1));
            }
            else
                tos.push(t);
        }
        if (kind === "downgrade" && from === null)
            throw new UsageError("downgrade with --sql requires <fromrev>:<torev>");
        const start = from === null || from === "" || from === "base" ? [] : scripts.map.getRevisions(from).map((r) => r.id);
        const url = config.url?.url ?? "postgresql://";
        const { dialect } = dialectForUrl(url);
        const store = new VersionStore(dialect, versionTableRef(config));
        const steps = planRun(scripts.map, kind, tos, start);
        const { offlineScript } = await import("../runtime/offline-script.js");
        const sql = await offlineScript(dialect, store, scripts, steps, { mode, createVersionTable: start.length === 0 && kind !== "downgrade" });
        if (ctx.globals.json) {
            // the steps as the online --json lists them, without durations: nothing has run
            const listed = steps.map((s) => ({ revision: s.revision, direction: s.direction, stamp: s.stamp, from: s.from, to: s.to, message: s.message }));
            ctx.out.resultJson({ command: kind, sql, steps: listed });
        }
        else
            ctx.out.write(sql);
        return 0;
    }
    for (const t of targets) {
        if (t.includes(":"))
            throw new UsageError(`range revision not allowed without --sql: '${t}'`);
    }
    if (opts.wait) {
        await ctx.scriptDirectory(); // a broken revision file fails before any waiting
        await waitForDatabase(requireUrl(config), { log: (l) => ctx.out.info(l), env: ctx.env });
    }
    // the revision files are read while the connection is being set up
    const result = await runOnline(config, () => ctx.scriptDirectory(), {
        kind,
        targets,
        purge: opts.purge === true,
        mode,
        log: (l) => ctx.out.info(l),
        warn: (l) => ctx.out.warn(l),
        progress: ctx.out.isTTY,
    });
    if (ctx.globals.json) {
        ctx.out.resultJson({
            command: kind,
            url: result.url,
            headsBefore: result.headsBefore,
            headsAfter: result.headsAfter,
            waitedForLock: result.waitedForLock,
            steps: result.steps,
        });
    }
    else if (result.steps.length > 0 || opts.purge) {
        const n = result.steps.length;
        ctx.out.info(`Done: ${n} step${n === 1 ? "" : "s"} committed; the database is at ${result.headsAfter.length ? result.headsAfter.join(", ") : "base"}`);
    }
    return 0;
}

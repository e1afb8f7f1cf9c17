/**
 * `migrate()`: what a service calls at start-up. Waits for the database if
 * asked, takes the migration lock, upgrades (or downgrades) to the target,
 * verifies, optionally validates the schema, and returns what happened.
 * Never calls process.exit; every failure is an AthanorError with a stable
 * `code`.
 */
import { ScriptDirectory } from "../script/script-directory.js";
import { requireUrl } from "../runtime/open-session.js";
import { isAthanorError } from "../errors.js";
import { runOnline } from "../runtime/run-online.js";
import { waitForDatabase } from "../runtime/wait-for-database.js";
import { apiConfig, loggerOf } from "./api-config.js";
import { status } from "./status.js";
import { validateSchema } from "./validate-schema.js";
export async function migrate(options = {}) {
    const log = loggerOf(options.logger);
    const config = await apiConfig(options);
    const scripts = ScriptDirectory.load(config);
    for (const w of scripts.warnings)
        log.warn(w);
    let waited = null;
    if (options.wait && options.connection === undefined) {
        const w = options.wait === true ? {} : options.wait;
        waited = await waitForDatabase(requireUrl(config), { ...w, log: log.info, signal: options.signal, env: options.env });
    }
    const effective = options.lock?.waitTimeoutMs === undefined ? config : { ...config, raw: { ...config.raw, lockWaitTimeout: options.lock.waitTimeoutMs } };
    const kind = options.direction === "down" ? "downgrade" : "upgrade";
    let run;
    try {
        run = await runOnline(effective, scripts, {
            kind,
            targets: [options.to ?? "head"],
            mode: options.transactionMode,
            log: log.info,
            warn: log.warn,
            signal: options.signal,
            connection: options.connection,
        });
    }
    catch (e) {
        if (!(options.allowAhead && kind === "upgrade" && isAthanorError(e) && e.code === "GRAPH.UNKNOWN_CURRENT_REVISION"))
            throw e;
        const s = await status(options);
        if (s.unknown.length === 0)
            throw e;
        log.warn(`the database is at ${s.current.join(", ")}, which these revision scripts don't have (${s.unknown.join(", ")}): ` +
            "a newer release migrated it, or a revision file is missing; not migrating");
        return {
            url: s.url,
            headsBefore: s.current,
            headsAfter: s.current,
            steps: [],
            waitedForLock: false,
            waitedForDatabase: waited,
            baselineStamped: null,
            validation: options.validate ? await validateSchema(config, options.validate, { connection: options.connection, log }) : null,
            ahead: s.unknown,
        };
    }
    const validation = options.validate ? await validateSchema(config, options.validate, { connection: options.connection, log }) : null;
    return {
        url: run.url,
        headsBefore: run.headsBefore,
        headsAfter: run.headsAfter,
        steps: run.steps,
        waitedForLock: run.waitedForLock,
        waitedForDatabase: waited,
        baselineStamped: run.baselineStamped,
        validation,
        ahead: [],
    };
}

/**
 * `migrate()`: what a service calls at start-up. Waits for the database if
 * asked, takes the migration lock, upgrades (or downgrades) to the target,
 * verifies, optionally validates the schema, and returns what happened.
 * Never calls process.exit; every failure is an AthanorError with a stable
 * `code`.
 */
import { ScriptDirectory } from "../script/script-directory.js";
import type { TransactionMode } from "../config/settings.js";
import { requireUrl } from "../runtime/open-session.js";
import { isAthanorError } from "../errors.js";
import { type RunResult, runOnline } from "../runtime/run-online.js";
import type { StepResult } from "../runtime/run-steps.js";
import { type WaitOptions, waitForDatabase } from "../runtime/wait-for-database.js";
import { type ConfigSource, type Logger, apiConfig, loggerOf } from "./api-config.js";
import { freshDatabaseBuilder } from "./create-from-models.js";
import { runtimeInput } from "./runtime-input.js";
import { status } from "./status.js";
import { type ValidateOption, type ValidationResult, validateSchema } from "./validate-schema.js";

export interface MigrateOptions extends ConfigSource {
  /** Target revision. Default `head` (use `heads` with several branches). */
  to?: string;
  /** Run `downgrade` to `to` instead of `upgrade`. */
  direction?: "up" | "down";
  /** An existing pg Client or Pool, a PGlite instance, or a mysql2 Connection or Pool, to migrate through (it stays open). */
  connection?: unknown;
  /** Wait for the database to accept connections first (true: DB_MAX_RETRIES / DB_RETRY_INTERVAL or 30 × 2 s). */
  wait?: boolean | Omit<WaitOptions, "log" | "signal">;
  /** Migration lock: how long to wait for another process (ms). */
  lock?: { waitTimeoutMs?: number };
  transactionMode?: TransactionMode;
  /** Check the schema after migrating. */
  validate?: ValidateOption;
  /**
   * Upgrading a database that is at revisions these scripts don't have (a newer
   * release already migrated it, as an old replica restarting mid rolling
   * deploy finds): `false` (default) fails with GRAPH.UNKNOWN_CURRENT_REVISION;
   * `true` changes nothing, logs a warning and reports them in `ahead`.
   */
  allowAhead?: boolean;
  /** Where progress goes (default: stderr, prefixed [athanor]); false for silence. */
  logger?: Logger | false;
  signal?: AbortSignal;
}

export interface MigrateResult {
  /** The database, password masked. */
  readonly url: string;
  readonly headsBefore: readonly string[];
  readonly headsAfter: readonly string[];
  readonly steps: readonly StepResult[];
  readonly waitedForLock: boolean;
  readonly waitedForDatabase: { attempts: number; waitedMs: number } | null;
  readonly baselineStamped: string | null;
  readonly validation: ValidationResult | null;
  /** With `allowAhead`: the database's revisions these scripts don't have (nothing was run). Else []. */
  readonly ahead: readonly string[];
}

export async function migrate(options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = loggerOf(options.logger);
  const config = await apiConfig(options);
  const scripts = ScriptDirectory.load(config);
  for (const w of scripts.warnings) log.warn(w);
  let waited: MigrateResult["waitedForDatabase"] = null;
  if (options.wait && options.connection === undefined) {
    const w = options.wait === true ? {} : options.wait;
    waited = await waitForDatabase(requireUrl(config), { ...w, log: log.info, signal: options.signal, env: options.env });
  }
  const input = runtimeInput(config);
  const effective = options.lock?.waitTimeoutMs === undefined ? input : { ...input, timeouts: { ...input.timeouts, lockWaitTimeoutMs: options.lock.waitTimeoutMs } };
  const kind = options.direction === "down" ? "downgrade" : "upgrade";
  let run: RunResult;
  try {
    run = await runOnline(effective, scripts, {
      kind,
      targets: [options.to ?? "head"],
      mode: options.transactionMode,
      log: log.info,
      warn: log.warn,
      signal: options.signal,
      connection: options.connection,
      freshDatabase: freshDatabaseBuilder(config),
    });
  } catch (e) {
    if (!(options.allowAhead && kind === "upgrade" && isAthanorError(e) && e.code === "GRAPH.UNKNOWN_CURRENT_REVISION")) throw e;
    const s = await status(options);
    if (s.unknown.length === 0) throw e;
    log.warn(
      `the database is at ${s.current.join(", ")}, which these revision scripts don't have (${s.unknown.join(", ")}): ` +
        "a newer release migrated it, or a revision file is missing; not migrating",
    );
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

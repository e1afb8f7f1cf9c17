/**
 * Waits until the database accepts a connection. Retries only what can heal
 * (connection refused, DNS not resolvable yet, "the database system is
 * starting up", too many connections); fails at once on wrong credentials or
 * a database that does not exist, naming the cause with the password masked.
 */
import type { DatabaseErrorKind, Dialect, Driver } from "../dialects/dialect.js";
import { dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { stopReason } from "./stopped-run.js";
import { maskSecrets, maskUrl, rememberSecretsOf } from "../util/mask-secrets.js";
import { abortablePause } from "../util/abortable-pause.js";

export interface WaitOptions {
  /** Attempts in all (default: DB_MAX_RETRIES or 30). */
  attempts?: number | undefined;
  /** Seconds between attempts (default: DB_RETRY_INTERVAL or 2). */
  intervalSeconds?: number | undefined;
  /** Double the interval after each failed attempt (capped at 30 s). */
  backoff?: boolean | undefined;
  /**
   * Give up on one attempt after this many seconds and count it as failed (a
   * host that drops packets never answers). Default 10. Not applied to PGlite.
   */
  connectTimeoutSeconds?: number | undefined;
  log?: (line: string) => void;
  signal?: AbortSignal | undefined;
  env?: NodeJS.ProcessEnv;
}

export interface WaitResult {
  /** Connection attempts made, the successful one included (1: the database was up at once). */
  readonly attempts: number;
  /**
   * Time spent waiting for the database: from the first attempt to the start
   * of the one that succeeded (failed attempts and pauses). 0 when the first
   * attempt succeeded; the time a connection takes to open is not waiting.
   */
  readonly waitedMs: number;
}

/** Failures that heal by themselves: retried. */
const RETRYABLE: ReadonlySet<DatabaseErrorKind> = new Set([
  "connect-refused",
  "connection-lost",
  "starting-up",
  "too-many-connections",
] as const);

/** Failures that won't heal, each with the words that start its reason. */
const FATAL: Partial<Record<DatabaseErrorKind, string>> = {
  "auth-failed": "wrong password",
  "auth-rejected": "authentication rejected",
  "database-missing": "the database does not exist",
  "permission-denied": "permission denied",
};

/** The driver's own "could not connect to <url>: " prefix: the caller names the URL once. */
function detail(message: string): string {
  return message.replace(/^could not connect to \S+: /, "");
}

/** The innermost message of an error and its causes: what happened, for the reason shown. */
function lastMessage(e: unknown): string | undefined {
  let last: string | undefined;
  const seen = new Set<unknown>();
  for (let x: unknown = e; x && typeof x === "object" && !seen.has(x); x = (x as { cause?: unknown }).cause) {
    seen.add(x);
    const m = (x as { message?: unknown }).message;
    if (typeof m === "string" && m !== "") last = m;
  }
  return last === undefined ? undefined : detail(last);
}

/**
 * Whether a failed connection attempt is worth retrying, and the reason to
 * show. The dialect reads the failure's kind from its codes; the reason is
 * the failure's own message (its URL already masked by the driver).
 */
export function classifyConnectError(e: unknown, dialect: Dialect): { retry: boolean; reason: string; kind: DatabaseErrorKind } {
  const kind = dialect.errors.classify(e);
  const last = lastMessage(e);
  const fatal = FATAL[kind];
  if (fatal) return { retry: false, reason: `${fatal}: ${last ?? kind}`, kind };
  if (kind === "password-missing") return { retry: false, reason: "the server asks for a password and the URL has none", kind };
  return { retry: RETRYABLE.has(kind), reason: last ?? String(e), kind };
}

/**
 * One attempt: connect and `select 1`, within `timeoutMs` (0: no limit). The
 * caller's `signal` ends it at once. An attempt given up (timed out or
 * aborted) is told to drop its socket, so that it keeps neither the process
 * alive nor a connection open after the wait has returned.
 */
async function attemptOnce(driver: Driver, url: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
  const abandon = new AbortController();
  const attempt = (async () => {
    const conn = await driver.connect({ url, signal: abandon.signal });
    try {
      await conn.query("select 1");
    } finally {
      await conn.close().catch(() => {});
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stops: Array<Promise<never>> = [];
  if (timeoutMs > 0) {
    stops.push(
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error(`no answer within ${(timeoutMs / 1000).toFixed(1)} s`), { code: "ETIMEDOUT" })),
          timeoutMs,
        );
      }),
    );
  }
  if (signal) {
    stops.push(
      new Promise<never>((_, reject) => {
        onAbort = () => reject(stopped(signal));
        if (signal.aborted) onAbort();
        else signal.addEventListener("abort", onAbort, { once: true });
      }),
    );
  }
  if (stops.length === 0) return attempt;
  try {
    await Promise.race([attempt, ...stops]);
  } catch (e) {
    abandon.abort();
    throw e;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    for (const s of stops) s.catch(() => {});
    // A late outcome of an abandoned attempt closes its own connection; nothing else to do.
    attempt.catch(() => {});
  }
}

/**
 * A number from the options, else from the environment variable, else the
 * default. A value that is not a number would make the loop spin or never end:
 * refuse it, naming where it came from.
 */
function setting(
  given: number | undefined,
  option: string,
  env: NodeJS.ProcessEnv,
  variable: string,
  dflt: number,
  count: boolean,
): number {
  const raw = env[variable];
  const fromEnv = given === undefined && variable !== "" && raw !== undefined && raw.trim() !== "";
  const value = given !== undefined ? given : fromEnv ? Number(raw) : dflt;
  const ok = Number.isFinite(value) && (count ? Number.isInteger(value) && value >= 1 : value >= 0);
  if (!ok) {
    const shown = fromEnv ? `${variable}=${raw}` : `${option}: ${given}`;
    throw new AthanorError(
      "CONFIG.INVALID",
      `invalid ${shown}: ${count ? "the number of attempts must be a whole number, at least 1" : "seconds must be a number, 0 or more"}`,
    );
  }
  return value;
}

export async function waitForDatabase(url: string, opts: WaitOptions = {}): Promise<WaitResult> {
  const env = opts.env ?? process.env;
  rememberSecretsOf(url);
  const attempts = setting(opts.attempts, "attempts", env, "DB_MAX_RETRIES", 30, true);
  let interval = setting(opts.intervalSeconds, "intervalSeconds", env, "DB_RETRY_INTERVAL", 2, false) * 1000;
  const { dialect, driver } = dialectForUrl(url);
  // An embedded database runs in this process (opening one can take seconds): no network to time out.
  const timeoutMs = driver.inProcess ? 0 : setting(opts.connectTimeoutSeconds, "connectTimeoutSeconds", {}, "", 10, false) * 1000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const attemptStarted = Date.now();
    if (opts.signal?.aborted) throw stopped(opts.signal);
    try {
      await attemptOnce(driver, url, timeoutMs, opts.signal);
      const waitedMs = attemptStarted - started;
      if (attempt > 1) opts.log?.(`database ${maskUrl(url)} is up (attempt ${attempt})`);
      return { attempts: attempt, waitedMs };
    } catch (e) {
      // an abort during the attempt ended it (its error is the stop's own)
      if (opts.signal?.aborted) throw stopped(opts.signal);
      const { retry, reason } = classifyConnectError(e, dialect);
      const why = maskSecrets(reason);
      if (!retry) {
        throw new AthanorError("CONNECT.FAILED", `cannot connect to ${maskUrl(url)}: ${why} (not retrying)`, { cause: e });
      }
      if (attempt >= attempts) {
        throw new AthanorError(
          "CONNECT.GAVE_UP",
          `database ${maskUrl(url)} still not reachable after ${attempt} attempt${attempt === 1 ? "" : "s"} over ${((Date.now() - started) / 1000).toFixed(1)} s: ${why}`,
          { cause: e },
        );
      }
      opts.log?.(`waiting for database ${maskUrl(url)} (attempt ${attempt}/${attempts}): ${why}; retrying in ${(interval / 1000).toFixed(1)} s`);
      await abortablePause(interval, opts.signal);
      if (opts.signal?.aborted) throw stopped(opts.signal);
      if (opts.backoff) interval = Math.min(interval * 2, 30_000);
    }
  }
}

/** The error of a wait ended by `signal` (SIGTERM, migrate()'s signal). */
function stopped(signal: AbortSignal): AthanorError {
  return new AthanorError("ABORTED", `${stopReason(signal)} while waiting for the database`);
}

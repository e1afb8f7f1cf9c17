/**
 * Waits until the database accepts a connection. Retries only what can heal
 * (connection refused, DNS not resolvable yet, "the database system is
 * starting up", too many connections); fails at once on wrong credentials or
 * a database that does not exist, naming the cause with the password masked.
 */
import type { Driver } from "../dialects/dialect.js";
import { dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { maskSecrets, maskUrl, rememberSecretsOf } from "../util/mask-secrets.js";

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

const RETRYABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "57P03", // cannot_connect_now: the database system is starting up
  "53300", // too_many_connections
  "08006", // connection_failure
  "08001", // unable to establish
]);
const FATAL_CODES: Record<string, string> = {
  "28P01": "wrong password",
  "28000": "authentication rejected",
  "3D000": "the database does not exist",
  "42501": "permission denied",
};

/**
 * SQLSTATEs and Node error codes, from the error objects and from their
 * messages: the pg driver reports a failed connection as an AthanorError whose
 * text names the cause ("... does not exist (3D000)", "connect ECONNREFUSED
 * ...") without attaching the raw error, so the code is only in the text.
 */
function codesOf(e: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown) => {
    if (!x || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    const o = x as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === "string") codes.push(o.code);
    if (typeof o.message === "string") {
      messages.push(o.message);
      for (const m of o.message.matchAll(/\(([0-9A-Z]{5})\)/g)) codes.push(m[1] as string);
      for (const m of o.message.matchAll(/\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/g)) codes.push(m[1] as string);
    }
    visit(o.cause);
    if (Array.isArray(o.errors)) o.errors.forEach(visit);
  };
  visit(e);
  return { codes, messages };
}

/** Messages of conditions that heal by themselves, for errors that carry no code. */
const RETRYABLE_TEXT =
  /starting up|shutting down|not yet accepting connections|in recovery mode|too many (?:clients|connections)|getaddrinfo|timeout|timed out|terminat/i;

/** The driver's own "could not connect to <url>: " prefix: the caller names the URL once. */
function detail(message: string): string {
  return message.replace(/^could not connect to \S+: /, "");
}

export function classifyConnectError(e: unknown): { retry: boolean; reason: string } {
  const { codes, messages } = codesOf(e);
  const text = messages.join(" | ");
  const last = messages.length ? detail(messages[messages.length - 1] as string) : undefined;
  for (const c of codes) {
    const fatal = FATAL_CODES[c];
    if (fatal) return { retry: false, reason: `${fatal}: ${last ?? c}` };
  }
  if (/client password must be a string/i.test(text)) {
    return { retry: false, reason: "the server asks for a password and the URL has none" };
  }
  if (/password authentication failed|no pg_hba\.conf entry|does not exist/i.test(text)) {
    return { retry: false, reason: last ?? text };
  }
  if (codes.some((c) => RETRYABLE_CODES.has(c)) || RETRYABLE_TEXT.test(text)) {
    return { retry: true, reason: last ?? codes.join(",") };
  }
  return { retry: false, reason: last ?? String(e) };
}

/** One attempt: connect and `select 1`, within `timeoutMs` (0: no limit). */
async function attemptOnce(driver: Driver, url: string, timeoutMs: number): Promise<void> {
  const attempt = (async () => {
    const conn = await driver.connect({ url });
    try {
      await conn.query("select 1");
    } finally {
      await conn.close().catch(() => {});
    }
  })();
  if (timeoutMs <= 0) return attempt;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${(timeoutMs / 1000).toFixed(1)} s`), { code: "ETIMEDOUT" })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
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
  const { driver } = dialectForUrl(url);
  // PGlite runs in this process (opening a new one takes seconds): no network to time out.
  const timeoutMs = /^pglite:/i.test(url) ? 0 : setting(opts.connectTimeoutSeconds, "connectTimeoutSeconds", {}, "", 10, false) * 1000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const attemptStarted = Date.now();
    try {
      await attemptOnce(driver, url, timeoutMs);
      const waitedMs = attemptStarted - started;
      if (attempt > 1) opts.log?.(`database ${maskUrl(url)} is up (attempt ${attempt})`);
      return { attempts: attempt, waitedMs };
    } catch (e) {
      const { retry, reason } = classifyConnectError(e);
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
      if (opts.signal?.aborted) throw new AthanorError("ABORTED", "aborted while waiting for the database");
      await sleep(interval, opts.signal);
      if (opts.signal?.aborted) throw new AthanorError("ABORTED", "aborted while waiting for the database");
      if (opts.backoff) interval = Math.min(interval * 2, 30_000);
    }
  }
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Waits until the database accepts a connection. Retries only what can heal
 * (connection refused, DNS not resolvable yet, "the database system is
 * starting up", too many connections); fails at once on wrong credentials or
 * a database that does not exist, naming the cause with the password masked.
 */
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
  log?: (line: string) => void;
  signal?: AbortSignal | undefined;
  env?: NodeJS.ProcessEnv;
}

export interface WaitResult {
  readonly attempts: number;
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

function codesOf(e: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown) => {
    if (!x || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    const o = x as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === "string") codes.push(o.code);
    if (typeof o.message === "string") messages.push(o.message);
    visit(o.cause);
    if (Array.isArray(o.errors)) o.errors.forEach(visit);
  };
  visit(e);
  return { codes, messages };
}

export function classifyConnectError(e: unknown): { retry: boolean; reason: string } {
  const { codes, messages } = codesOf(e);
  const text = messages.join(" | ");
  for (const c of codes) {
    const fatal = FATAL_CODES[c];
    if (fatal) return { retry: false, reason: `${fatal}: ${messages[messages.length - 1] ?? c}` };
  }
  if (/password authentication failed|no pg_hba\.conf entry|does not exist/i.test(text)) {
    return { retry: false, reason: messages[messages.length - 1] ?? text };
  }
  if (codes.some((c) => RETRYABLE_CODES.has(c)) || /starting up|ECONNREFUSED|getaddrinfo|timeout|terminat|Connection terminated/i.test(text)) {
    return { retry: true, reason: messages[messages.length - 1] ?? codes.join(",") };
  }
  return { retry: false, reason: messages[messages.length - 1] ?? String(e) };
}

export async function waitForDatabase(url: string, opts: WaitOptions = {}): Promise<WaitResult> {
  const env = opts.env ?? process.env;
  rememberSecretsOf(url);
  const attempts = Math.max(1, opts.attempts ?? (Number(env.DB_MAX_RETRIES) || 30));
  let interval = (opts.intervalSeconds ?? (env.DB_RETRY_INTERVAL !== undefined ? Number(env.DB_RETRY_INTERVAL) : 2)) * 1000;
  const { driver } = dialectForUrl(url);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const conn = await driver.connect({ url });
      try {
        await conn.query("select 1");
      } finally {
        await conn.close().catch(() => {});
      }
      if (attempt > 1) opts.log?.(`database ${maskUrl(url)} is up (attempt ${attempt})`);
      return { attempts: attempt, waitedMs: Date.now() - started };
    } catch (e) {
      const { retry, reason } = classifyConnectError(e);
      const why = maskSecrets(reason);
      if (!retry) {
        throw new AthanorError("CONNECT.FAILED", `cannot connect to ${maskUrl(url)}: ${why} (not retrying)`, { cause: e });
      }
      if (attempt >= attempts) {
        throw new AthanorError(
          "CONNECT.GAVE_UP",
          `database ${maskUrl(url)} still not reachable after ${attempt} attempts over ${((Date.now() - started) / 1000).toFixed(0)} s: ${why}`,
          { cause: e },
        );
      }
      opts.log?.(`waiting for database ${maskUrl(url)} (attempt ${attempt}/${attempts}): ${why}; retrying in ${(interval / 1000).toFixed(1)} s`);
      if (opts.signal?.aborted) throw new AthanorError("ABORTED", "aborted while waiting for the database");
      await new Promise((r) => setTimeout(r, interval));
      if (opts.backoff) interval = Math.min(interval * 2, 30_000);
    }
  }
}

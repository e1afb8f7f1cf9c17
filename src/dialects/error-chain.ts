/**
 * What every dialect's error classifier shares: the codes an error carries
 * (never its text), Node's network errno codes, and which kind decides when
 * an error carries several.
 */
import type { DatabaseErrorKind } from "./dialect.js";

/**
 * The machine-readable codes an error carries: its own `code`, its causes'
 * and, for an AggregateError (a host with several addresses), each inner
 * error's, outermost first. With `errno`, a positive `errno` too (a server's
 * error number; Node's own errno is negative). Text is never read.
 */
export function errorCodes(error: unknown, opts: { errno?: boolean } = {}): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown) => {
    if (!x || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    const o = x as { code?: unknown; errno?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === "string" || typeof o.code === "number") codes.push(String(o.code));
    if (opts.errno && typeof o.errno === "number" && o.errno > 0) codes.push(String(o.errno));
    visit(o.cause);
    if (Array.isArray(o.errors)) o.errors.forEach(visit);
  };
  visit(error);
  return codes;
}

/** Node's errno codes for a network that did not answer or broke, the same for every server dialect. */
export const NETWORK_ERROR_KINDS: Readonly<Record<string, DatabaseErrorKind>> = {
  ECONNREFUSED: "connect-refused",
  ENOTFOUND: "connect-refused",
  EAI_AGAIN: "connect-refused",
  ETIMEDOUT: "connect-refused",
  EHOSTUNREACH: "connect-refused",
  ENETUNREACH: "connect-refused",
  ECONNRESET: "connection-lost",
  EPIPE: "connection-lost",
};

/** When an error carries several codes, the one that decides: a failure that won't heal before one that will. */
const PRECEDENCE: readonly DatabaseErrorKind[] = [
  "auth-failed",
  "auth-rejected",
  "database-missing",
  "permission-denied",
  "password-missing",
  "lock-timeout",
  "statement-timeout",
  "idle-timeout",
  "deadlock",
  "uncommitted-enum-value",
  "feature-unsupported",
  "starting-up",
  "too-many-connections",
  "connect-refused",
  "connection-lost",
];

/** The kind that decides among the kinds an error's codes map to (undefined: a code the dialect doesn't know). */
export function decidingKind(kinds: Iterable<DatabaseErrorKind | undefined>): DatabaseErrorKind {
  const found = new Set(kinds);
  return PRECEDENCE.find((k) => found.has(k)) ?? "unknown";
}

/**
 * `idleInTransactionTimeout` as milliseconds, for Athanor's own check of a
 * revision's upgrade()/downgrade() (the server gets the setting as written).
 * A number is milliseconds; a string is a PostgreSQL time value: a number
 * with an optional unit (`us`, `ms`, `s`, `min`, `h`, `d`; none: ms).
 */
import { parseDurationMs } from "../config/duration.js";
import { DEFAULTS } from "../config/settings.js";
import type { RuntimeInput } from "./runtime-input.js";

/** The configured (or default) limit in ms; null when there is none (0) or the text is not a time value (the server will say so). */
export function idleLimitMs(input: RuntimeInput): number | null {
  return timeValueMs(input.timeouts.idleInTransactionTimeout ?? DEFAULTS.idleInTransactionTimeout);
}

export function timeValueMs(value: number | string): number | null {
  const ms = parseDurationMs(value);
  return ms !== null && Number.isFinite(ms) && ms >= 1 ? Math.round(ms) : null;
}

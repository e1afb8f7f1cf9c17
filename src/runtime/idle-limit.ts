/**
 * `idleInTransactionTimeout` as milliseconds, for Athanor's own check of a
 * revision's upgrade()/downgrade() (the server gets the setting as written).
 * A number is milliseconds; a string is a PostgreSQL time value: a number
 * with an optional unit (`us`, `ms`, `s`, `min`, `h`, `d`; none: ms).
 */
import { DEFAULTS } from "../config/settings.js";
import type { RuntimeInput } from "./runtime-input.js";

const UNIT_MS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** The configured (or default) limit in ms; null when there is none (0) or the text is not a time value (the server will say so). */
export function idleLimitMs(input: RuntimeInput): number | null {
  return timeValueMs(input.timeouts.idleInTransactionTimeout ?? DEFAULTS.idleInTransactionTimeout);
}

export function timeValueMs(value: number | string): number | null {
  let ms: number;
  if (typeof value === "number") ms = value;
  else {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|min|h|d)?\s*$/.exec(value);
    if (!m) return null;
    ms = Number(m[1]) * (UNIT_MS[m[2] ?? "ms"] ?? 1);
  }
  return Number.isFinite(ms) && ms >= 1 ? Math.round(ms) : null;
}

/**
 * Durations in settings (`lockTimeout`, `statementTimeout`,
 * `idleInTransactionTimeout`): a number is milliseconds; a string is a number
 * with an optional unit (`us`, `ms`, `s`/`sec`/`second(s)`,
 * `min`/`minute(s)`, `h`/`hour(s)`, `d`; none: ms), as PostgreSQL reads a
 * time value. Dialects that must turn a duration into their own units read
 * it here.
 */
import { AthanorError } from "../errors.js";

const UNIT_MS: Readonly<Record<string, number>> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
};

/** The duration in ms (not rounded), or null when the text is not a duration. */
export function parseDurationMs(value: number | string): number | null {
  if (typeof value === "number") return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNIT_MS[(m[2] || "ms").toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : null;
}

/** A duration setting in whole ms (at most 2^31 - 1); refuses what is not a non-negative duration, naming the setting. */
export function durationSettingMs(value: number | string, name: string): number {
  const ms = parseDurationMs(value);
  if (ms === null) throw new AthanorError("CONFIG.INVALID", `${name}: can't read ${JSON.stringify(value)} as a duration (use milliseconds, or e.g. "5s", "1min")`);
  if (!Number.isFinite(ms) || ms < 0) throw new AthanorError("CONFIG.INVALID", `${name} must be a non-negative number of milliseconds, got ${value}`);
  return Math.min(Math.round(ms), 2_147_483_647);
}

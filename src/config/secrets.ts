/**
 * Passwords the CLI must never print. The config loader registers the
 * secrets of the database URL it resolves (raw and percent-decoded); the CLI
 * entry point scrubs them from everything written to stdout and stderr, so a
 * password cannot leak through a driver message, a stack trace or a log line.
 */
import { secretsInUrl } from "../dialects/mask-url.js";

const MASK = "***";
const secrets = new Set<string>();

/** Shorter strings would mask ordinary words; URL masking still hides them in URLs. */
const MIN_LENGTH = 3;

export function registerUrlSecrets(url: string): void {
  for (const s of secretsInUrl(url)) if (s.length >= MIN_LENGTH) secrets.add(s);
}

export function registerSecret(secret: string): void {
  if (secret.length >= MIN_LENGTH) secrets.add(secret);
}

/** `text` with every registered secret replaced by `***`, longest first. */
export function scrubRegisteredSecrets(text: string): string {
  if (secrets.size === 0) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join(MASK);
  return out;
}
